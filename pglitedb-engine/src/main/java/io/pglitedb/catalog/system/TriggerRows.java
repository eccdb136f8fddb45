package io.pglitedb.catalog.system;

import io.pglitedb.catalog.TableDescriptor;
import io.pglitedb.catalog.TriggerDescriptor;
import io.pglitedb.types.VectorType;
import java.nio.charset.StandardCharsets;

/** pg_trigger: the triggers of the tables this transaction sees (tgqual is the WHEN text as written). */
final class TriggerRows {
    private TriggerRows() {
    }

    static void triggers(SystemContext c, SystemRelation.Rows rows) {
        for (TriggerDescriptor t : c.view().catalog().triggers().all()) {
            TableDescriptor table = c.view().tableByOid(t.tableOid());
            if (table == null) {
                continue;
            }
            Object[] attributes = new Object[t.updateColumns().size()];
            for (int i = 0; i < attributes.length; i++) {
                String column = t.updateColumns().get(i);
                short number = 0;
                for (int k = 0; k < table.columns().size(); k++) {
                    if (table.columns().get(k).name().equals(column)) {
                        number = (short) table.columns().get(k).attributeNumber();
                    }
                }
                attributes[i] = number;
            }
            StringBuilder args = new StringBuilder();
            for (String a : t.arguments()) {
                args.append(a).append('\0');
            }
            rows.add().oid("oid", t.oid()).oid("tgrelid", t.tableOid()).oid("tgparentid", 0).set("tgname", t.name())
                    .oid("tgfoid", t.functionOid()).set("tgtype", (short) t.type()).chr("tgenabled", t.enabled())
                    .set("tgisinternal", false).oid("tgconstrrelid", 0).oid("tgconstrindid", 0)
                    .oid("tgconstraint", 0).set("tgdeferrable", false).set("tginitdeferred", false)
                    .set("tgnargs", (short) t.arguments().size()).set("tgattr", VectorType.of(attributes))
                    .set("tgargs", args.toString().getBytes(StandardCharsets.UTF_8)).set("tgqual", t.when());
        }
    }
}
