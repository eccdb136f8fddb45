import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic TPC-H data generator: the eight tables of the TPC-H specification (revision 3)
 * at a given scale factor, written as PostgreSQL COPY text files (tab separated) for bench/tpch.sh.
 *
 * <pre>
 *   java bench/tpch/TpchGen.java SCALE OUTDIR      e.g. java bench/tpch/TpchGen.java 0.1 /tmp/tpch
 * </pre>
 *
 * <p>It follows the specification's clause 4.2.3 closely enough for the 22 queries to return what
 * they return on dbgen's data in shape: the same row counts, keys (sparse order keys, the
 * partsupp supplier formula, customers whose key is a multiple of three place no orders), value
 * domains and distributions (dates, prices, discounts, return flags and line status relative to
 * CURRENTDATE 1995-06-17, phone country codes, part names from the 92 colours, types, containers,
 * the "Customer ... Complaints" suppliers) and comments drawn from a text pool built from the
 * specification's grammar words. It is not byte-compatible with dbgen: the random streams differ.
 * Same scale, same files: every table has its own fixed seed.
 */
public final class TpchGen {

    static final LocalDate START = LocalDate.of(1992, 1, 1);
    static final LocalDate CURRENT = LocalDate.of(1995, 6, 17);
    static final int ORDER_DATE_SPAN = (int) (LocalDate.of(1998, 12, 31).toEpochDay() - 151 - START.toEpochDay());

    static final String[] REGIONS = {"AFRICA", "AMERICA", "ASIA", "EUROPE", "MIDDLE EAST"};
    static final String[] NATIONS = {"ALGERIA", "ARGENTINA", "BRAZIL", "CANADA", "EGYPT", "ETHIOPIA", "FRANCE",
        "GERMANY", "INDIA", "INDONESIA", "IRAN", "IRAQ", "JAPAN", "JORDAN", "KENYA", "MOROCCO", "MOZAMBIQUE",
        "PERU", "CHINA", "ROMANIA", "SAUDI ARABIA", "VIETNAM", "RUSSIA", "UNITED KINGDOM", "UNITED STATES"};
    static final int[] NATION_REGION = {0, 1, 1, 1, 4, 0, 3, 3, 2, 2, 4, 4, 2, 4, 0, 0, 0, 1, 2, 3, 4, 2, 3, 3, 1};
    static final String[] COLORS = {"almond", "antique", "aquamarine", "azure", "beige", "bisque", "black",
        "blanched", "blue", "blush", "brown", "burlywood", "burnished", "chartreuse", "chiffon", "chocolate",
        "coral", "cornflower", "cornsilk", "cream", "cyan", "dark", "deep", "dim", "dodger", "drab", "firebrick",
        "floral", "forest", "frosted", "gainsboro", "ghost", "goldenrod", "green", "grey", "honeydew", "hot",
        "indian", "ivory", "khaki", "lace", "lavender", "lawn", "lemon", "light", "lime", "linen", "magenta",
        "maroon", "medium", "metallic", "midnight", "mint", "misty", "moccasin", "navajo", "navy", "olive",
        "orange", "orchid", "pale", "papaya", "peach", "peru", "pink", "plum", "powder", "puff", "purple", "red",
        "rose", "rosy", "royal", "saddle", "salmon", "sandy", "seashell", "sienna", "sky", "slate", "smoke",
        "snow", "spring", "steel", "tan", "thistle", "tomato", "turquoise", "violet", "wheat", "white", "yellow"};
    static final String[] TYPE_S1 = {"STANDARD", "SMALL", "MEDIUM", "LARGE", "ECONOMY", "PROMO"};
    static final String[] TYPE_S2 = {"ANODIZED", "BURNISHED", "PLATED", "POLISHED", "BRUSHED"};
    static final String[] TYPE_S3 = {"TIN", "NICKEL", "BRASS", "STEEL", "COPPER"};
    static final String[] CONTAINER_S1 = {"SM", "LG", "MED", "JUMBO", "WRAP"};
    static final String[] CONTAINER_S2 = {"CASE", "BOX", "BAG", "JAR", "PKG", "PACK", "CAN", "DRUM"};
    static final String[] SEGMENTS = {"AUTOMOBILE", "BUILDING", "FURNITURE", "MACHINERY", "HOUSEHOLD"};
    static final String[] PRIORITIES = {"1-URGENT", "2-HIGH", "3-MEDIUM", "4-NOT SPECIFIED", "5-LOW"};
    static final String[] INSTRUCTIONS = {"DELIVER IN PERSON", "COLLECT COD", "NONE", "TAKE BACK RETURN"};
    static final String[] MODES = {"REG AIR", "AIR", "RAIL", "SHIP", "TRUCK", "MAIL", "FOB"};

    // clause 4.2.2.13: the grammar's words
    static final String[] NOUNS = {"foxes", "ideas", "theodolites", "pinto beans", "instructions", "dependencies",
        "excuses", "platelets", "asymptotes", "courts", "dolphins", "multipliers", "sauternes", "warthogs", "frets",
        "dinos", "attainments", "somas", "Tiresias", "patterns", "forges", "braids", "hockey players", "frays",
        "warhorses", "dugouts", "notornis", "epitaphs", "pearls", "tithes", "waters", "orbits", "gifts", "sheaves",
        "depths", "sentiments", "decoys", "realms", "pains", "grouches", "escapades", "packages", "requests",
        "accounts", "deposits"};
    static final String[] VERBS = {"sleep", "wake", "are", "cajole", "haggle", "nag", "use", "boost", "affix",
        "detect", "integrate", "maintain", "nod", "was", "lose", "sublate", "solve", "thrash", "promise", "engage",
        "hinder", "print", "x-ray", "breach", "eat", "grow", "impress", "mold", "poach", "serve", "run", "dazzle",
        "snooze", "doze", "unwind", "kindle", "play", "hang", "believe", "doubt"};
    static final String[] ADJECTIVES = {"furious", "sly", "careful", "blithe", "quick", "fluffy", "slow", "quiet",
        "ruthless", "thin", "close", "dogged", "daring", "brave", "stealthy", "permanent", "enticing", "idle",
        "busy", "regular", "final", "ironic", "even", "bold", "silent", "special", "pending", "unusual", "express"};
    static final String[] ADVERBS = {"sometimes", "always", "never", "furiously", "slyly", "carefully", "blithely",
        "quickly", "fluffily", "slowly", "quietly", "ruthlessly", "thinly", "closely", "doggedly", "daringly",
        "bravely", "stealthily", "permanently", "enticingly", "idly", "busily", "regularly", "finally",
        "ironically", "evenly", "boldly", "silently"};
    static final String[] PREPOSITIONS = {"about", "above", "according to", "across", "after", "against", "along",
        "alongside of", "among", "around", "at", "atop", "before", "behind", "beneath", "beside", "besides",
        "between", "beyond", "by", "despite", "during", "except", "for", "from", "in place of", "inside",
        "instead of", "into", "near", "of", "on", "outside", "over", "past", "since", "through", "throughout", "to",
        "toward", "under", "until", "up", "upon", "without", "with", "within"};
    static final String[] AUXILIARIES = {"do", "may", "might", "shall", "will", "would", "can", "could", "should",
        "ought to", "must", "will have to", "shall have to", "could have to", "should have to", "must have to",
        "need to", "try to"};
    static final String[] TERMINATORS = {".", ";", ":", "?", "!", "--"};

    final double scale;
    final Path dir;
    final String pool;
    final int suppliers;
    final int parts;
    final int customers;
    final int orders;

    TpchGen(double scale, Path dir) {
        this.scale = scale;
        this.dir = dir;
        this.suppliers = (int) Math.round(10_000 * scale);
        this.parts = (int) Math.round(200_000 * scale);
        this.customers = (int) Math.round(150_000 * scale);
        this.orders = (int) Math.round(1_500_000 * scale);
        this.pool = textPool(new SplittableRandom(19920101L), 4 << 20);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java TpchGen.java SCALE OUTDIR");
            System.exit(2);
        }
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        TpchGen gen = new TpchGen(Double.parseDouble(args[0]), dir);
        gen.region();
        gen.nation();
        gen.supplier();
        gen.part();
        gen.partsupp();
        gen.customer();
        gen.ordersAndLineitem();
    }

    // ------------------------------------------------------------------ text

    /** Clause 4.2.2.14: a pool of sentences from the grammar; comments are substrings of it. */
    static String textPool(SplittableRandom r, int size) {
        StringBuilder sb = new StringBuilder(size + 200);
        while (sb.length() < size) {
            sentence(r, sb);
            sb.append(' ');
        }
        return sb.substring(0, size);
    }

    static void sentence(SplittableRandom r, StringBuilder sb) {
        switch (r.nextInt(5)) {
            case 0 -> { nounPhrase(r, sb); sb.append(' '); verbPhrase(r, sb); }
            case 1 -> { nounPhrase(r, sb); sb.append(' '); verbPhrase(r, sb); sb.append(' '); prepPhrase(r, sb); }
            case 2 -> { nounPhrase(r, sb); sb.append(' '); verbPhrase(r, sb); sb.append(' ');
                nounPhrase(r, sb); }
            case 3 -> { nounPhrase(r, sb); sb.append(' '); prepPhrase(r, sb); sb.append(' ');
                verbPhrase(r, sb); sb.append(' '); nounPhrase(r, sb); }
            default -> { nounPhrase(r, sb); sb.append(' '); prepPhrase(r, sb); sb.append(' ');
                verbPhrase(r, sb); sb.append(' '); prepPhrase(r, sb); }
        }
        sb.append(pick(r, TERMINATORS));
    }

    static void nounPhrase(SplittableRandom r, StringBuilder sb) {
        switch (r.nextInt(4)) {
            case 0 -> sb.append(pick(r, NOUNS));
            case 1 -> sb.append(pick(r, ADJECTIVES)).append(' ').append(pick(r, NOUNS));
            case 2 -> sb.append(pick(r, ADJECTIVES)).append(", ").append(pick(r, ADJECTIVES)).append(' ')
                    .append(pick(r, NOUNS));
            default -> sb.append(pick(r, ADVERBS)).append(' ').append(pick(r, ADJECTIVES)).append(' ')
                    .append(pick(r, NOUNS));
        }
    }

    static void verbPhrase(SplittableRandom r, StringBuilder sb) {
        switch (r.nextInt(4)) {
            case 0 -> sb.append(pick(r, VERBS));
            case 1 -> sb.append(pick(r, AUXILIARIES)).append(' ').append(pick(r, VERBS));
            case 2 -> sb.append(pick(r, VERBS)).append(' ').append(pick(r, ADVERBS));
            default -> sb.append(pick(r, AUXILIARIES)).append(' ').append(pick(r, VERBS)).append(' ')
                    .append(pick(r, ADVERBS));
        }
    }

    static void prepPhrase(SplittableRandom r, StringBuilder sb) {
        sb.append(pick(r, PREPOSITIONS)).append(" the ");
        nounPhrase(r, sb);
    }

    /** A comment of random length in [min, max]: a substring of the pool, trimmed of edge blanks. */
    String text(SplittableRandom r, int min, int max) {
        int len = min + r.nextInt(max - min + 1);
        int off = r.nextInt(pool.length() - len);
        return pool.substring(off, off + len).strip();
    }

    static String pick(SplittableRandom r, String[] words) {
        return words[r.nextInt(words.length)];
    }

    // ------------------------------------------------------------------ values

    /** Clause 4.2.2.7: random alphanumeric string, average length 25 in [10, 40]. */
    static String vstring(SplittableRandom r, int min, int max) {
        String alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ,";
        int len = min + r.nextInt(max - min + 1);
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** Clause 4.2.2.9: country code (nation key + 10) and three random local numbers. */
    static String phone(SplittableRandom r, int nation) {
        return (nation + 10) + "-" + (100 + r.nextInt(900)) + "-" + (100 + r.nextInt(900)) + "-"
                + (1000 + r.nextInt(9000));
    }

    /** A decimal with two places from an integer number of cents. */
    static String money(long cents) {
        StringBuilder sb = new StringBuilder();
        if (cents < 0) {
            sb.append('-');
            cents = -cents;
        }
        sb.append(cents / 100).append('.');
        long c = cents % 100;
        if (c < 10) {
            sb.append('0');
        }
        return sb.append(c).toString();
    }

    static String key(String prefix, int width, long n) {
        String digits = Long.toString(n);
        return prefix + "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    static long retailPriceCents(long partkey) {
        return 90000 + ((partkey / 10) % 20001) + 100 * (partkey % 1000);
    }

    /** Clause 4.2.3: the i-th (0..3) supplier of a part. */
    long partSupplier(long partkey, int i) {
        long s = suppliers;
        return (partkey + (i * ((s / 4) + (partkey - 1) / s))) % s + 1;
    }

    // ------------------------------------------------------------------ tables

    Writer open(String table) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(dir.resolve(table + ".tbl"), StandardCharsets.UTF_8), 1 << 16);
    }

    static void row(Writer w, Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                w.write('\t');
            }
            w.write(String.valueOf(values[i]));
        }
        w.write('\n');
    }

    void region() throws IOException {
        SplittableRandom r = new SplittableRandom(1);
        try (Writer w = open("region")) {
            for (int i = 0; i < REGIONS.length; i++) {
                row(w, i, REGIONS[i], text(r, 31, 115));
            }
        }
    }

    void nation() throws IOException {
        SplittableRandom r = new SplittableRandom(2);
        try (Writer w = open("nation")) {
            for (int i = 0; i < NATIONS.length; i++) {
                row(w, i, NATIONS[i], NATION_REGION[i], text(r, 31, 114));
            }
        }
    }

    void supplier() throws IOException {
        SplittableRandom r = new SplittableRandom(3);
        // clause 4.2.3: 5 per 10,000 suppliers complain, 5 recommend (at random rows)
        int special = Math.max(1, (int) Math.round(5 * scale));
        List<Integer> complaints = new ArrayList<>();
        List<Integer> recommends = new ArrayList<>();
        SplittableRandom pickRows = new SplittableRandom(33);
        while (complaints.size() < special) {
            int k = 1 + pickRows.nextInt(suppliers);
            if (!complaints.contains(k)) complaints.add(k);
        }
        while (recommends.size() < special) {
            int k = 1 + pickRows.nextInt(suppliers);
            if (!complaints.contains(k) && !recommends.contains(k)) recommends.add(k);
        }
        try (Writer w = open("supplier")) {
            for (int k = 1; k <= suppliers; k++) {
                int nation = r.nextInt(25);
                String comment = text(r, 25, 100);
                String address = vstring(r, 10, 40);
                String phone = phone(r, nation);
                long acct = -99999 + r.nextInt(1099999);
                if (complaints.contains(k) || recommends.contains(k)) {
                    String word = complaints.contains(k) ? "Complaints" : "Recommends";
                    int at = r.nextInt(Math.max(1, comment.length() - 20));
                    comment = (comment.substring(0, at) + "Customer " + word + comment.substring(at));
                    comment = comment.substring(0, Math.min(comment.length(), 100));
                }
                row(w, k, key("Supplier#", 9, k), address, nation, phone, money(acct), comment);
            }
        }
    }

    void part() throws IOException {
        SplittableRandom r = new SplittableRandom(4);
        try (Writer w = open("part")) {
            for (int k = 1; k <= parts; k++) {
                StringBuilder name = new StringBuilder();
                List<Integer> used = new ArrayList<>(5);
                while (used.size() < 5) {
                    int c = r.nextInt(COLORS.length);
                    if (used.contains(c)) continue;
                    used.add(c);
                    if (name.length() > 0) name.append(' ');
                    name.append(COLORS[c]);
                }
                int m = 1 + r.nextInt(5);
                int n = 1 + r.nextInt(5);
                String type = pick(r, TYPE_S1) + " " + pick(r, TYPE_S2) + " " + pick(r, TYPE_S3);
                int size = 1 + r.nextInt(50);
                String container = pick(r, CONTAINER_S1) + " " + pick(r, CONTAINER_S2);
                row(w, k, name, "Manufacturer#" + m, "Brand#" + m + n, type, size, container,
                        money(retailPriceCents(k)), text(r, 5, 22));
            }
        }
    }

    void partsupp() throws IOException {
        SplittableRandom r = new SplittableRandom(5);
        try (Writer w = open("partsupp")) {
            for (int k = 1; k <= parts; k++) {
                for (int i = 0; i < 4; i++) {
                    row(w, k, partSupplier(k, i), 1 + r.nextInt(9999), money(100 + r.nextInt(99901)),
                            text(r, 49, 198));
                }
            }
        }
    }

    void customer() throws IOException {
        SplittableRandom r = new SplittableRandom(6);
        try (Writer w = open("customer")) {
            for (int k = 1; k <= customers; k++) {
                int nation = r.nextInt(25);
                row(w, k, key("Customer#", 9, k), vstring(r, 10, 40), nation, phone(r, nation),
                        money(-99999 + r.nextInt(1099999)), pick(r, SEGMENTS), text(r, 29, 116));
            }
        }
    }

    void ordersAndLineitem() throws IOException {
        SplittableRandom r = new SplittableRandom(7);
        int clerks = Math.max(1, (int) Math.round(1000 * scale));
        try (Writer ow = open("orders"); Writer lw = open("lineitem")) {
            for (int i = 1; i <= orders; i++) {
                // clause 4.2.3: only the first 8 of every 32 keys are used
                long orderkey = ((long) (i - 1) / 8) * 32 + ((i - 1) % 8) + 1;
                int custkey;
                do {
                    custkey = 1 + r.nextInt(customers);
                } while (custkey % 3 == 0);
                LocalDate orderdate = START.plusDays(r.nextInt(ORDER_DATE_SPAN + 1));
                String priority = pick(r, PRIORITIES);
                String clerk = key("Clerk#", 9, 1 + r.nextInt(clerks));
                String ocomment = text(r, 19, 78);
                int lines = 1 + r.nextInt(7);
                long totalMicro = 0; // in 1/1000000 units: price(cents) * (100+tax) * (100-disc)
                int shipped = 0;
                for (int ln = 1; ln <= lines; ln++) {
                    long partkey = 1 + r.nextInt(parts);
                    long suppkey = partSupplier(partkey, r.nextInt(4));
                    int quantity = 1 + r.nextInt(50);
                    long price = quantity * retailPriceCents(partkey);
                    int discount = r.nextInt(11);
                    int tax = r.nextInt(9);
                    LocalDate shipdate = orderdate.plusDays(1 + r.nextInt(121));
                    LocalDate commitdate = orderdate.plusDays(30 + r.nextInt(61));
                    LocalDate receiptdate = shipdate.plusDays(1 + r.nextInt(30));
                    String returnflag = receiptdate.isAfter(CURRENT) ? "N" : (r.nextBoolean() ? "R" : "A");
                    String linestatus = shipdate.isAfter(CURRENT) ? "O" : "F";
                    if (linestatus.equals("F")) shipped++;
                    totalMicro += price * (100 + tax) * (100 - discount);
                    row(lw, orderkey, partkey, suppkey, ln, quantity, money(price), "0." + pad2(discount),
                            "0." + pad2(tax), returnflag, linestatus, shipdate, commitdate, receiptdate,
                            pick(r, INSTRUCTIONS), pick(r, MODES), text(r, 10, 43));
                }
                String status = shipped == lines ? "F" : shipped == 0 ? "O" : "P";
                long totalCents = Math.round(totalMicro / 10000.0);
                row(ow, orderkey, custkey, status, money(totalCents), orderdate, priority, clerk, 0, ocomment);
            }
        }
    }

    static String pad2(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
