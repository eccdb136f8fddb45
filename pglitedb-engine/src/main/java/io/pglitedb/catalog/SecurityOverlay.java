package io.pglitedb.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A transaction's uncommitted owner, ACL and membership changes laid over the committed
 * {@link SecurityCatalog} (part of its {@link CatalogView}).
 */
public final class SecurityOverlay {
    private final SecurityCatalog committed;
    private final Map<Integer, ObjectAcl> acls = new HashMap<>();
    private final Set<Integer> droppedAcls = new HashSet<>();
    private final Map<Long, RoleMembership> members = new HashMap<>();
    private final Set<Long> droppedMembers = new HashSet<>();

    SecurityOverlay(SecurityCatalog committed) {
        this.committed = committed;
    }

    /** The entry of an object as this transaction sees it, or null (bootstrap superuser, defaults). */
    public ObjectAcl acl(int oid) {
        ObjectAcl own = acls.get(oid);
        if (own != null) {
            return own;
        }
        return droppedAcls.contains(oid) ? null : committed.acl(oid);
    }

    /** The entry of an object, or its implicit one (owned by the bootstrap superuser, default ACL). */
    public ObjectAcl aclOrDefault(int oid, char kind) {
        ObjectAcl acl = acl(oid);
        return acl != null ? acl : ObjectAcl.owned(oid, kind, RoleDescriptor.BOOTSTRAP_SUPERUSER_OID);
    }

    public void aclChanged(ObjectAcl acl) {
        droppedAcls.remove(acl.oid());
        acls.put(acl.oid(), acl);
    }

    public void aclDropped(int oid) {
        acls.remove(oid);
        droppedAcls.add(oid);
    }

    /** Every membership this transaction sees. */
    public List<RoleMembership> memberships() {
        List<RoleMembership> all = new ArrayList<>();
        if (members.isEmpty() && droppedMembers.isEmpty()) {
            all.addAll(committed.memberships().values());
            return all;
        }
        for (Map.Entry<Long, RoleMembership> e : committed.memberships().entrySet()) {
            if (!members.containsKey(e.getKey()) && !droppedMembers.contains(e.getKey())) {
                all.add(e.getValue());
            }
        }
        all.addAll(members.values());
        return all;
    }

    public RoleMembership membership(int role, int member) {
        long pair = RoleMembership.pair(role, member);
        RoleMembership own = members.get(pair);
        if (own != null) {
            return own;
        }
        return droppedMembers.contains(pair) ? null : committed.memberships().get(pair);
    }

    public void membershipChanged(RoleMembership m) {
        droppedMembers.remove(m.pair());
        members.put(m.pair(), m);
    }

    public void membershipDropped(int role, int member) {
        long pair = RoleMembership.pair(role, member);
        members.remove(pair);
        droppedMembers.add(pair);
    }

    boolean hasChanges() {
        return !acls.isEmpty() || !droppedAcls.isEmpty() || !members.isEmpty() || !droppedMembers.isEmpty();
    }

    Mark mark() {
        return new Mark(Map.copyOf(acls), Set.copyOf(droppedAcls), Map.copyOf(members), Set.copyOf(droppedMembers));
    }

    void rollbackTo(Mark mark) {
        acls.clear();
        acls.putAll(mark.acls);
        droppedAcls.clear();
        droppedAcls.addAll(mark.droppedAcls);
        members.clear();
        members.putAll(mark.members);
        droppedMembers.clear();
        droppedMembers.addAll(mark.droppedMembers);
    }

    /** @return true when something was published */
    boolean publish() {
        if (!hasChanges()) {
            return false;
        }
        committed.publish(acls, droppedAcls, members, droppedMembers);
        discard();
        return true;
    }

    void discard() {
        acls.clear();
        droppedAcls.clear();
        members.clear();
        droppedMembers.clear();
    }

    /** An immutable copy of the overlay, for ROLLBACK TO SAVEPOINT. */
    record Mark(Map<Integer, ObjectAcl> acls, Set<Integer> droppedAcls, Map<Long, RoleMembership> members,
            Set<Long> droppedMembers) {
    }
}
