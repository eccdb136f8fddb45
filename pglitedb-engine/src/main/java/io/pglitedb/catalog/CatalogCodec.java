package io.pglitedb.catalog;

import io.pglitedb.error.PgException;
import io.pglitedb.error.SqlState;
import io.pglitedb.types.DataType;
import io.pglitedb.types.PgType;
import io.pglitedb.types.Types;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Serialises catalog entries to the bytes stored under database 0. Format version first. */
final class CatalogCodec {
    private static final int FORMAT_VERSION = 1;

    private CatalogCodec() {
    }

    static byte[] encodeTable(TableDescriptor table) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(FORMAT_VERSION);
            out.writeInt(table.oid());
            out.writeUTF(table.schema());
            out.writeUTF(table.name());
            out.writeInt(table.schemaVersion());
            out.writeShort(table.columns().size());
            for (ColumnDescriptor c : table.columns()) {
                out.writeUTF(c.name());
                out.writeShort(c.attributeNumber());
                out.writeInt(c.type().oid());
                out.writeInt(c.type().typmod());
                out.writeBoolean(c.notNull());
                writeNullable(out, c.defaultSql());
                writeNullable(out, c.sequenceName());
            }
            int[] pk = table.primaryKey();
            out.writeShort(pk.length);
            for (int index : pk) {
                out.writeShort(index);
            }
            writeNullable(out, table.primaryKeyName());
            out.writeInt(table.storageId());
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    static TableDescriptor decodeTable(byte[] value) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(value));
            int version = in.readByte();
            if (version != FORMAT_VERSION) {
                throw new PgException(SqlState.DATA_CORRUPTED, "unsupported catalog format version %d", version);
            }
            int oid = in.readInt();
            String schema = in.readUTF();
            String name = in.readUTF();
            int schemaVersion = in.readInt();
            int columnCount = in.readShort();
            List<ColumnDescriptor> columns = new ArrayList<>(columnCount);
            for (int i = 0; i < columnCount; i++) {
                String columnName = in.readUTF();
                int attnum = in.readShort();
                int typeOid = in.readInt();
                int typmod = in.readInt();
                boolean notNull = in.readBoolean();
                String defaultSql = readNullable(in);
                String sequence = readNullable(in);
                PgType type = Types.byOid(typeOid);
                if (type == null) {
                    throw new PgException(SqlState.DATA_CORRUPTED, "unknown type oid %d in catalog", typeOid);
                }
                columns.add(new ColumnDescriptor(columnName, attnum, new DataType(type, typmod), notNull,
                        defaultSql, sequence));
            }
            int[] pk = new int[in.readShort()];
            for (int i = 0; i < pk.length; i++) {
                pk[i] = in.readShort();
            }
            String pkName = readNullable(in);
            int storageId = in.available() >= 4 ? in.readInt() : oid; // written since storage ids exist
            return new TableDescriptor(oid, schema, name, columns, pk, pkName, schemaVersion, storageId);
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    static byte[] encodeRole(RoleDescriptor role) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(FORMAT_VERSION);
            out.writeInt(role.oid());
            out.writeUTF(role.name());
            int flags = (role.superuser() ? 1 : 0) | (role.inherit() ? 2 : 0) | (role.createRole() ? 4 : 0)
                    | (role.createDb() ? 8 : 0) | (role.canLogin() ? 16 : 0) | (role.replication() ? 32 : 0)
                    | (role.bypassRls() ? 64 : 0);
            out.writeInt(flags);
            out.writeInt(role.connectionLimit());
            writeNullable(out, role.password());
            out.writeBoolean(role.validUntil() != null);
            if (role.validUntil() != null) {
                out.writeLong(role.validUntil().getEpochSecond());
                out.writeInt(role.validUntil().getNano());
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    static RoleDescriptor decodeRole(byte[] value) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(value));
            int version = in.readByte();
            if (version != FORMAT_VERSION) {
                throw new PgException(SqlState.DATA_CORRUPTED, "unsupported catalog format version %d", version);
            }
            int oid = in.readInt();
            String name = in.readUTF();
            int flags = in.readInt();
            int connectionLimit = in.readInt();
            String password = readNullable(in);
            java.time.Instant validUntil = in.readBoolean() ? java.time.Instant.ofEpochSecond(in.readLong(), in.readInt())
                    : null;
            return new RoleDescriptor(oid, name, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0,
                    (flags & 16) != 0, (flags & 32) != 0, (flags & 64) != 0, connectionLimit, password, validUntil);
        } catch (IOException e) {
            throw PgException.internal(e);
        }
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
