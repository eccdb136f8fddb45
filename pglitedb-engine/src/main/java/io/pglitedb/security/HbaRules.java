package io.pglitedb.security;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Client authentication rules in PostgreSQL's pg_hba.conf format: one rule per line,
 * {@code TYPE DATABASE USER ADDRESS METHOD}, the first rule matching the connection decides.
 *
 * <ul>
 *   <li>TYPE: {@code host}, {@code hostssl}, {@code hostnossl} ({@code local} lines are accepted
 *       and never match: there are no Unix-domain sockets).
 *   <li>DATABASE, USER: {@code all} or comma-separated names ({@code sameuser} for databases;
 *       {@code +role} matches that role itself, as role membership does not exist yet).
 *   <li>ADDRESS: {@code all}, {@code samehost}, CIDR ({@code 10.0.0.0/8}, {@code ::1/128}) or an
 *       address followed by a mask column; host names are refused.
 *   <li>METHOD: {@code trust}, {@code reject}, {@code password}, {@code md5},
 *       {@code scram-sha-256}; options after it are ignored.
 * </ul>
 */
public final class HbaRules {
    public enum Method {
        TRUST, REJECT, PASSWORD, MD5, SCRAM_SHA_256;

        static Method parse(String word) {
            return switch (word) {
                case "trust" -> TRUST;
                case "reject" -> REJECT;
                case "password" -> PASSWORD;
                case "md5" -> MD5;
                case "scram-sha-256" -> SCRAM_SHA_256;
                default -> throw new IllegalArgumentException("invalid authentication method \"" + word + "\"");
            };
        }
    }

    /** One line. {@code network} null means any address; {@code sameHost} this machine's addresses. */
    public record Rule(int line, String type, List<String> databases, List<String> users, byte[] network,
            int prefixBits, boolean sameHost, Method method) {
    }

    /** Used when no file is given: trust from this machine, passwords from anywhere else. */
    public static final String DEFAULT_TEXT = """
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            host    all       all   127.0.0.1/32  trust
            host    all       all   ::1/128       trust
            host    all       all   all           scram-sha-256
            """;

    private final List<Rule> rules;
    private final String source;

    private HbaRules(List<Rule> rules, String source) {
        this.rules = List.copyOf(rules);
        this.source = source;
    }

    public static HbaRules defaults() {
        return parse(DEFAULT_TEXT, "(built-in defaults)");
    }

    /** @throws IllegalArgumentException naming the source and line of the first bad line */
    public static HbaRules parse(String text, String source) {
        List<Rule> rules = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            String[] words = line.trim().split("\\s+");
            if (words.length == 1 && words[0].isEmpty()) {
                continue;
            }
            try {
                Rule rule = parseRule(i + 1, words);
                if (rule != null) {
                    rules.add(rule);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + " on line " + (i + 1) + " of " + source, e);
            }
        }
        return new HbaRules(rules, source);
    }

    private static Rule parseRule(int line, String[] words) {
        String type = words[0].toLowerCase(Locale.ROOT);
        if (type.equals("local")) {
            if (words.length < 4) {
                throw new IllegalArgumentException("end-of-line before authentication method");
            }
            Method.parse(words[3]);
            return null;
        }
        if (!type.equals("host") && !type.equals("hostssl") && !type.equals("hostnossl")) {
            throw new IllegalArgumentException("invalid connection type \"" + words[0] + "\"");
        }
        if (words.length < 5) {
            throw new IllegalArgumentException("end-of-line before authentication method");
        }
        List<String> databases = Arrays.asList(words[1].split(","));
        List<String> users = Arrays.asList(words[2].split(","));
        String address = words[3];
        int methodAt = 4;
        byte[] network = null;
        int bits = 0;
        boolean sameHost = false;
        if (address.equals("samehost") || address.equals("samenet")) {
            sameHost = true; // samenet is treated as samehost: local subnets are not enumerated
        } else if (!address.equals("all")) {
            int slash = address.indexOf('/');
            network = literalAddress(slash < 0 ? address : address.substring(0, slash));
            if (slash >= 0) {
                bits = Integer.parseInt(address.substring(slash + 1));
                if (bits < 0 || bits > network.length * 8) {
                    throw new IllegalArgumentException("invalid CIDR mask in address \"" + address + "\"");
                }
            } else {
                if (words.length < 6) {
                    throw new IllegalArgumentException("end-of-line before netmask specification");
                }
                bits = maskBits(literalAddress(words[4]), words[4]);
                methodAt = 5;
            }
        }
        return new Rule(line, type, databases, users, network, bits, sameHost,
                Method.parse(words[methodAt].toLowerCase(Locale.ROOT)));
    }

    private static byte[] literalAddress(String text) {
        if (!text.matches("[0-9.]+") && !text.contains(":")) {
            throw new IllegalArgumentException("host names are not supported: \"" + text + "\"");
        }
        try {
            return InetAddress.getByName(text).getAddress(); // a literal: no name lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("invalid IP address \"" + text + "\"");
        }
    }

    private static int maskBits(byte[] mask, String text) {
        int bits = 0;
        boolean ended = false;
        for (byte b : mask) {
            for (int i = 7; i >= 0; i--) {
                boolean set = (b >> i & 1) == 1;
                if (set && ended) {
                    throw new IllegalArgumentException("invalid IP mask \"" + text + "\"");
                }
                if (set) {
                    bits++;
                } else {
                    ended = true;
                }
            }
        }
        return bits;
    }

    /** @return the first matching rule, or null when none matches (the connection is refused) */
    public Rule match(boolean ssl, String database, String user, InetAddress client) {
        for (Rule rule : rules) {
            if (rule.type.equals("hostssl") && !ssl || rule.type.equals("hostnossl") && ssl) {
                continue;
            }
            if (matchesName(rule.databases, database, user, true) && matchesName(rule.users, user, user, false)
                    && matchesAddress(rule, client)) {
                return rule;
            }
        }
        return null;
    }

    private static boolean matchesName(List<String> names, String value, String user, boolean database) {
        for (String name : names) {
            if (name.equals("all") || name.equals(value) || database && name.equals("sameuser") && value.equals(user)
                    || !database && name.startsWith("+") && name.substring(1).equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAddress(Rule rule, InetAddress client) {
        if (rule.sameHost) {
            try {
                return client.isLoopbackAddress() || NetworkInterface.getByInetAddress(client) != null;
            } catch (SocketException e) {
                return false;
            }
        }
        if (rule.network == null) {
            return true;
        }
        byte[] address = client.getAddress();
        if (address.length != rule.network.length) {
            return false;
        }
        int bits = rule.prefixBits;
        for (int i = 0; i < address.length && bits > 0; i++, bits -= 8) {
            int mask = bits >= 8 ? 0xFF : (0xFF << (8 - bits)) & 0xFF;
            if ((address[i] & mask) != (rule.network[i] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** Where the rules came from (a file name, or the built-in defaults). */
    public String source() {
        return source;
    }

    public List<Rule> rules() {
        return rules;
    }
}
