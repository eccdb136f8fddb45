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
            return new ObjectAcl(oid, kind, owner, acl, columns);
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
