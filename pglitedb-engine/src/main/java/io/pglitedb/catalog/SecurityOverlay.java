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
    private final Map<String, DefaultAcl> defaults = new HashMap<>();
    private final Set<String> droppedDefaults = new HashSet<>();

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

    /** The pg_default_acl row for (role, schema, type) this transaction sees, or null. */
    public DefaultAcl defaultAcl(int role, int schema, char objectType) {
        String key = DefaultAcl.key(role, schema, objectType);
        DefaultAcl own = defaults.get(key);
        if (own != null) {
            return own;
        }
        return droppedDefaults.contains(key) ? null : committed.defaultAcls().get(key);
    }

    /** Every pg_default_acl row this transaction sees. */
    public List<DefaultAcl> defaultAcls() {
        List<DefaultAcl> all = new ArrayList<>();
        for (Map.Entry<String, DefaultAcl> e : committed.defaultAcls().entrySet()) {
            if (!defaults.containsKey(e.getKey()) && !droppedDefaults.contains(e.getKey())) {
                all.add(e.getValue());
            }
        }
        all.addAll(defaults.values());
        return all;
    }

    public void defaultAclChanged(DefaultAcl d) {
        droppedDefaults.remove(d.key());
        defaults.put(d.key(), d);
    }

    public void defaultAclDropped(int role, int schema, char objectType) {
        String key = DefaultAcl.key(role, schema, objectType);
        defaults.remove(key);
        droppedDefaults.add(key);
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
        return !acls.isEmpty() || !droppedAcls.isEmpty() || !members.isEmpty() || !droppedMembers.isEmpty()
                || !defaults.isEmpty() || !droppedDefaults.isEmpty();
    }

    Mark mark() {
        return new Mark(Map.copyOf(acls), Set.copyOf(droppedAcls), Map.copyOf(members), Set.copyOf(droppedMembers),
                Map.copyOf(defaults), Set.copyOf(droppedDefaults));
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
        defaults.clear();
        defaults.putAll(mark.defaults);
        droppedDefaults.clear();
        droppedDefaults.addAll(mark.droppedDefaults);
    }

    /** @return true when something was published */
    boolean publish() {
        if (!hasChanges()) {
            return false;
        }
        committed.publish(acls, droppedAcls, members, droppedMembers);
        if (!defaults.isEmpty() || !droppedDefaults.isEmpty()) {
            committed.publishDefaults(defaults, droppedDefaults);
        }
        discard();
        return true;
    }

    void discard() {
        acls.clear();
        droppedAcls.clear();
        members.clear();
        droppedMembers.clear();
        defaults.clear();
        droppedDefaults.clear();
    }

    /** An immutable copy of the overlay, for ROLLBACK TO SAVEPOINT. */
    record Mark(Map<Integer, ObjectAcl> acls, Set<Integer> droppedAcls, Map<Long, RoleMembership> members,
            Set<Long> droppedMembers, Map<String, DefaultAcl> defaults, Set<String> droppedDefaults) {
    }
}
