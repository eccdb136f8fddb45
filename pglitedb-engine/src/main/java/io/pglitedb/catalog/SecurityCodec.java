package io.pglitedb.catalog;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Bytes of the catalog's security entries: object ACLs and role memberships. Format version first. */
final class SecurityCodec {
    private static final int FORMAT_VERSION = 1;

    private SecurityCodec() {
    }

    static byte[] encodeAcl(ObjectAcl acl) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(FORMAT_VERSION);
            out.writeInt(acl.oid());
            out.writeChar(acl.kind());
            out.writeInt(acl.owner());
            out.writeBoolean(acl.acl() != null);
            if (acl.acl() != null) {
                writeItems(out, acl.acl());
            }
            out.writeShort(acl.columns().size());
            for (Map.Entry<Integer, List<AclItem>> e : acl.columns().entrySet()) {
                out.writeShort(e.getKey());
                writeItems(out, e.getValue());
            }
            writeRowSecurity(out, acl.rowSecurity());
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    static ObjectAcl decodeAcl(byte[] value) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(value));
            readVersion(in);
            int oid = in.readInt();
            char kind = in.readChar();
            int owner = in.readInt();
            List<AclItem> acl = in.readBoolean() ? readItems(in) : null;
            Map<Integer, List<AclItem>> columns = new TreeMap<>();
            int n = in.readShort();
            for (int i = 0; i < n; i++) {
                int attnum = in.readShort();
                columns.put(attnum, readItems(in));
            }
            // entries written before row-level security existed end here
            RowSecurity rowSecurity = in.available() > 0 ? readRowSecurity(in) : RowSecurity.NONE;
            return new ObjectAcl(oid, kind, owner, acl, columns, rowSecurity);
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    static byte[] encodeDefaultAcl(DefaultAcl d) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(32);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(FORMAT_VERSION);
            out.writeInt(d.role());
            out.writeInt(d.schema());
            out.writeChar(d.objectType());
            writeItems(out, d.acl());
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    static DefaultAcl decodeDefaultAcl(byte[] value) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(value));
            readVersion(in);
            return new DefaultAcl(in.readInt(), in.readInt(), in.readChar(), readItems(in));
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    static byte[] encodeMembership(RoleMembership m) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(FORMAT_VERSION);
            out.writeInt(m.role());
            out.writeInt(m.member());
            out.writeInt(m.grantor());
            out.writeBoolean(m.admin());
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    static RoleMembership decodeMembership(byte[] value) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(value));
            readVersion(in);
            return new RoleMembership(in.readInt(), in.readInt(), in.readInt(), in.readBoolean());
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    private static void writeRowSecurity(DataOutputStream out, RowSecurity rls) throws IOException {
        if (rls.isDefault()) {
            return;
        }
        out.writeBoolean(rls.enabled());
        out.writeBoolean(rls.forced());
        out.writeShort(rls.policies().size());
        for (RowSecurity.Policy p : rls.policies()) {
            out.writeInt(p.oid());
            out.writeUTF(p.name());
            out.writeChar(p.command());
            out.writeBoolean(p.permissive());
            out.writeShort(p.roles().size());
            for (int role : p.roles()) {
                out.writeInt(role);
            }
            writeNullable(out, p.using());
            writeNullable(out, p.withCheck());
        }
    }

    private static RowSecurity readRowSecurity(DataInputStream in) throws IOException {
        boolean enabled = in.readBoolean();
        boolean forced = in.readBoolean();
        int n = in.readShort();
        List<RowSecurity.Policy> policies = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int oid = in.readInt();
            String name = in.readUTF();
            char command = in.readChar();
            boolean permissive = in.readBoolean();
            int roleCount = in.readShort();
            List<Integer> roles = new ArrayList<>(roleCount);
            for (int r = 0; r < roleCount; r++) {
                roles.add(in.readInt());
            }
            policies.add(new RowSecurity.Policy(oid, name, command, permissive, roles, readNullable(in),
                    readNullable(in)));
        }
        return new RowSecurity(enabled, forced, policies);
    }

    /** Strings as length-prefixed UTF-8 (writeUTF stops at 64 kB; policy conditions may be longer). */
    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readNullable(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        return new String(in.readNBytes(n), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void writeItems(DataOutputStream out, List<AclItem> items) throws IOException {
        out.writeShort(items.size());
        for (AclItem item : items) {
            out.writeInt(item.grantee());
            out.writeInt(item.grantor());
            out.writeInt(item.privileges());
            out.writeInt(item.grantOptions());
        }
    }

    private static List<AclItem> readItems(DataInputStream in) throws IOException {
        int n = in.readShort();
        List<AclItem> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(new AclItem(in.readInt(), in.readInt(), in.readInt(), in.readInt()));
        }
        return items;
    }

    private static void readVersion(DataInputStream in) throws IOException {
        int version = in.readByte();
        if (version != FORMAT_VERSION) {
            throw new PgException(SqlState.DATA_CORRUPTED, "unsupported catalog format version %d", version);
        }
    }
}
