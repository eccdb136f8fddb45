package io.pglitedb.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hibernate ORM 7 with its PostgreSQLDialect on the embedded driver (given as a DataSource), each
 * test also run against the reference PostgreSQL: schema generation and validation, identity and
 * pooled sequence ids, entity CRUD with optimistic locking, HQL, criteria and native queries,
 * pagination, transactions and constraint violations.
 */
class HibernateTest {

    public enum Genre { NOVEL, ESSAY, POETRY }

    @Entity(name = "Author")
    @Table(name = "author")
    public static class Author {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;

        @Column(nullable = false, length = 100, unique = true)
        String name;

        @OneToMany(mappedBy = "author")
        List<Book> books = new ArrayList<>();

        public Author() {
        }

        Author(String name) {
            this.name = name;
        }
    }

    @Entity(name = "Book")
    @Table(name = "book")
    public static class Book {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "book_gen")
        @SequenceGenerator(name = "book_gen", sequenceName = "book_seq", allocationSize = 5)
        Long id;

        @Column(nullable = false)
        String title;

        @Column(precision = 10, scale = 2)
        BigDecimal price;

        LocalDate published;

        @Enumerated(EnumType.STRING)
        Genre genre;

        OffsetDateTime added;

        UUID ref;

        boolean inPrint;

        @ManyToOne(fetch = FetchType.LAZY)
        Author author;

        @Version
        int version;

        public Book() {
        }

        Book(String title, String price, LocalDate published, Genre genre, Author author) {
            this.title = title;
            this.price = new BigDecimal(price);
            this.published = published;
            this.genre = genre;
            this.author = author;
            this.added = OffsetDateTime.of(2024, 5, 1, 12, 30, 0, 0, ZoneOffset.UTC);
            this.ref = UUID.nameUUIDFromBytes(title.getBytes());
            this.inPrint = true;
        }
    }

    private static SessionFactory sessionFactory(Target.TestDatabase db, String schemaAction) {
        Configuration cfg = new Configuration().addAnnotatedClass(Author.class).addAnnotatedClass(Book.class);
        cfg.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, db.dataSource());
        cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, schemaAction);
        cfg.setProperty(AvailableSettings.SHOW_SQL, "false");
        return cfg.buildSessionFactory();
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i == 1 ? "" : "|").append(rs.getString(i));
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    private static long count(SessionFactory sf, String hql) {
        return sf.fromSession(s -> s.createSelectionQuery(hql, Long.class).getSingleResult());
    }

    /** Two authors, four books. */
    private static void load(SessionFactory sf) {
        sf.inTransaction(s -> {
            Author woolf = new Author("Virginia Woolf");
            Author borges = new Author("Jorge Luis Borges");
            s.persist(woolf);
            s.persist(borges);
            s.persist(new Book("Orlando", "14.50", LocalDate.of(1928, 10, 11), Genre.NOVEL, woolf));
            s.persist(new Book("A Room of One's Own", "9.99", LocalDate.of(1929, 10, 24), Genre.ESSAY, woolf));
            s.persist(new Book("Ficciones", "12.00", LocalDate.of(1944, 1, 1), Genre.NOVEL, borges));
            s.persist(new Book("El otro, el mismo", "8.25", LocalDate.of(1964, 1, 1), Genre.POETRY, borges));
        });
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void schemaGenerationIdsAndCrud(Target target) throws Exception {
        try (Target.TestDatabase db = target.create(); SessionFactory sf = sessionFactory(db, "create")) {
            load(sf);
            try (Connection c = db.connect()) {
                // the DDL Hibernate generated, as the catalog sees it
                assertThat(rows(c, "SELECT table_name FROM (SELECT relname AS table_name, relkind FROM pg_class"
                        + " c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE nspname = 'public') t"
                        + " WHERE relkind IN ('r', 'S') ORDER BY 1")).containsExactly("author", "author_id_seq", "book", "book_seq");
                assertThat(rows(c, "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull"
                        + " FROM pg_attribute a WHERE a.attrelid = 'book'::regclass AND a.attnum > 0"
                        + " AND NOT a.attisdropped ORDER BY a.attname")).containsExactly(
                        "added|timestamp(6) with time zone|f", "author_id|bigint|f", "genre|character varying(255)|f",
                        "id|bigint|t", "inprint|boolean|t", "price|numeric(10,2)|f", "published|date|f",
                        "ref|uuid|f", "title|character varying(255)|t", "version|integer|t");
                // identity ids 1, 2; the pooled sequence hands out blocks of 5
                assertThat(rows(c, "SELECT id, name FROM author ORDER BY id"))
                        .containsExactly("1|Virginia Woolf", "2|Jorge Luis Borges");
                assertThat(rows(c, "SELECT id, title, price, genre, author_id, version FROM book ORDER BY id"))
                        .containsExactly("1|Orlando|14.50|NOVEL|1|0", "2|A Room of One's Own|9.99|ESSAY|1|0",
                                "3|Ficciones|12.00|NOVEL|2|0", "4|El otro, el mismo|8.25|POETRY|2|0");
            }

            // read back with every mapped type
            Book orlando = sf.fromTransaction(s -> s.find(Book.class, 1L));
            assertThat(orlando.title).isEqualTo("Orlando");
            assertThat(orlando.price).isEqualByComparingTo("14.50");
            assertThat(orlando.published).isEqualTo(LocalDate.of(1928, 10, 11));
            assertThat(orlando.added.toInstant()).isEqualTo(OffsetDateTime.of(2024, 5, 1, 12, 30, 0, 0,
                    ZoneOffset.UTC).toInstant());
            assertThat(orlando.ref).isEqualTo(UUID.nameUUIDFromBytes("Orlando".getBytes()));
            assertThat(orlando.genre).isEqualTo(Genre.NOVEL);

            // update: the version goes up; delete
            sf.inTransaction(s -> {
                Book b = s.find(Book.class, 1L);
                b.price = new BigDecimal("15.00");
                b.inPrint = false;
            });
            sf.inTransaction(s -> s.remove(s.find(Book.class, 4L)));
            sf.inTransaction(s -> {
                // ids continue from the sequence's next block
                Book b = new Book("Labyrinths", "11.00", LocalDate.of(1962, 1, 1), Genre.NOVEL,
                        s.find(Author.class, 2L));
                s.persist(b);
            });
            try (Connection c = db.connect()) {
                assertThat(rows(c, "SELECT id, title, price, inprint, version FROM book ORDER BY id")).containsExactly(
                        "1|Orlando|15.00|f|1", "2|A Room of One's Own|9.99|t|0", "3|Ficciones|12.00|t|0",
                        "5|Labyrinths|11.00|t|0");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void hqlCriteriaAndNativeQueries(Target target) throws Exception {
        try (Target.TestDatabase db = target.create(); SessionFactory sf = sessionFactory(db, "create")) {
            load(sf);
            sf.inSession(s -> {
                // a fetch join fills the lazy association in the same query
                Author woolf = s.createSelectionQuery("from Author a left join fetch a.books where a.name like :p",
                        Author.class).setParameter("p", "Virginia%").getSingleResult();
                assertThat(woolf.books).extracting(b -> b.title)
                        .containsExactlyInAnyOrder("Orlando", "A Room of One's Own");
            });
            sf.inSession(s -> {
                List<String> titles = s.createSelectionQuery("select b.title from Book b join b.author a"
                        + " where a.name = :name order by b.price desc", String.class)
                        .setParameter("name", "Virginia Woolf").getResultList();
                assertThat(titles).containsExactly("Orlando", "A Room of One's Own");

                List<Object[]> perAuthor = s.createSelectionQuery("select a.name, count(b), sum(b.price), max(b.published)"
                        + " from Author a left join a.books b group by a.name order by a.name", Object[].class)
                        .getResultList();
                assertThat(perAuthor).hasSize(2);
                assertThat(perAuthor.get(0)).containsExactly("Jorge Luis Borges", 2L, new BigDecimal("20.25"),
                        LocalDate.of(1964, 1, 1));
                assertThat(perAuthor.get(1)).containsExactly("Virginia Woolf", 2L, new BigDecimal("24.49"),
                        LocalDate.of(1929, 10, 24));

                // pagination (offset ... fetch first) and an enum parameter
                List<String> page = s.createSelectionQuery("from Book b where b.genre = :g order by b.title", Book.class)
                        .setParameter("g", Genre.NOVEL).setFirstResult(1).setMaxResults(1).getResultList()
                        .stream().map(b -> b.title).toList();
                assertThat(page).containsExactly("Orlando");


                // criteria
                CriteriaBuilder cb = s.getCriteriaBuilder();
                CriteriaQuery<Book> q = cb.createQuery(Book.class);
                Root<Book> book = q.from(Book.class);
                q.select(book).where(cb.and(cb.greaterThan(book.get("price"), new BigDecimal("9.99")),
                        cb.like(cb.lower(book.get("title")), "%o%"))).orderBy(cb.asc(book.get("published")));
                assertThat(s.createQuery(q).getResultList()).extracting(b -> b.title)
                        .containsExactly("Orlando", "Ficciones");

                // native SQL, positional parameters and a scalar
                List<Object[]> nativeRows = s.createNativeQuery("select title, price from book where published < ?1"
                        + " order by title", Object[].class).setParameter(1, LocalDate.of(1940, 1, 1)).getResultList();
                assertThat(nativeRows).hasSize(2);
                assertThat(nativeRows.get(0)).containsExactly("A Room of One's Own", new BigDecimal("9.99"));
                Long count = s.createNativeQuery("select count(*) from book", Long.class).getSingleResult();
                assertThat(count).isEqualTo(4L);
            });
            // bulk HQL update and delete
            int updated = sf.fromTransaction(s -> s.createMutationQuery(
                    "update Book b set b.price = b.price * 2 where b.genre = :g").setParameter("g", Genre.ESSAY)
                    .executeUpdate());
            assertThat(updated).isEqualTo(1);
            int deleted = sf.fromTransaction(s -> s.createMutationQuery("delete from Book b where b.genre = :g")
                    .setParameter("g", Genre.POETRY).executeUpdate());
            assertThat(deleted).isEqualTo(1);
            BigDecimal sum = sf.fromSession(s -> s.createSelectionQuery("select sum(b.price) from Book b", BigDecimal.class)
                    .getSingleResult());
            assertThat(sum).isEqualByComparingTo("46.48");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void schemaValidationAcceptsTheGeneratedSchemaAndFindsWhatIsMissing(Target target) throws Exception {
        try (Target.TestDatabase db = target.create()) {
            sessionFactory(db, "create").close();
            // validate reads the tables, columns and sequences back through DatabaseMetaData
            sessionFactory(db, "validate").close();
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE book DROP COLUMN published");
            }
            assertThatThrownBy(() -> sessionFactory(db, "validate"))
                    .isInstanceOf(SchemaManagementException.class)
                    .hasMessage("Schema validation: missing column [published] in table [book]");
            // update adds the missing column back, and then the schema validates again
            sessionFactory(db, "update").close();
            sessionFactory(db, "validate").close();
            try (Connection c = db.connect()) {
                assertThat(rows(c, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                        + " WHERE attrelid = 'book'::regclass AND attname = 'published'")).containsExactly("date");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void transactionsOptimisticLockingAndConstraintViolations(Target target) throws Exception {
        try (Target.TestDatabase db = target.create(); SessionFactory sf = sessionFactory(db, "create")) {
            load(sf);
            // a rolled back transaction leaves nothing
            try (Session s = sf.openSession()) {
                s.beginTransaction();
                s.persist(new Author("Italo Calvino"));
                s.createMutationQuery("delete from Book").executeUpdate();
                s.getTransaction().rollback();
            }
            assertThat(count(sf, "select count(b) from Book b")).isEqualTo(4L);
            assertThat(count(sf, "select count(a) from Author a")).isEqualTo(2L);

            // two sessions change the same row: the second commit finds a newer version
            try (Session first = sf.openSession(); Session second = sf.openSession()) {
                first.beginTransaction();
                second.beginTransaction();
                Book a = first.find(Book.class, 1L);
                Book b = second.find(Book.class, 1L);
                a.title = "Orlando: A Biography";
                first.getTransaction().commit();
                b.title = "Orlando (lost update)";
                assertThatThrownBy(() -> second.getTransaction().commit())
                        .isInstanceOf(OptimisticLockException.class);
            }
            String title = sf.fromSession(s -> s.find(Book.class, 1L).title);
            assertThat(title).isEqualTo("Orlando: A Biography");

            // a unique violation: Hibernate reads the constraint's name from PostgreSQL's message
            assertThatThrownBy(() -> sf.inTransaction(s -> s.persist(new Author("Virginia Woolf"))))
                    .isInstanceOf(ConstraintViolationException.class)
                    .satisfies(e -> {
                        ConstraintViolationException cve = (ConstraintViolationException) e;
                        assertThat(cve.getSQLState()).isEqualTo("23505");
                        assertThat(cve.getConstraintName()).isEqualTo("author_name_key");
                        assertThat(cve.getKind()).isEqualTo(ConstraintViolationException.ConstraintKind.UNIQUE);
                    });
            // a NOT NULL violation from native SQL
            assertThatThrownBy(() -> sf.inTransaction(s -> s.createNativeMutationQuery(
                    "insert into author (name) values (null)").executeUpdate()))
                    .isInstanceOf(ConstraintViolationException.class)
                    .rootCause().hasMessageStartingWith("ERROR: null value in column \"name\" of relation \"author\""
                            + " violates not-null constraint\n  Detail: Failing row contains (")
                    .hasMessageEndingWith(", null).");
        }
    }

    /** Hibernate's own connections from a JDBC URL, no dialect configured: it picks PostgreSQLDialect 15. */
    @ParameterizedTest
    @EnumSource(Target.class)
    void bootsFromAJdbcUrlWithoutADialect(Target target) throws Exception {
        try (Target.TestDatabase db = target.create()) {
            Configuration cfg = new Configuration().addAnnotatedClass(Author.class).addAnnotatedClass(Book.class);
            cfg.setProperty(AvailableSettings.JAKARTA_JDBC_URL, db.url());
            cfg.setProperty(AvailableSettings.JAKARTA_JDBC_USER, db.user());
            cfg.setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, db.password());
            cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, "create");
            try (SessionFactory sf = cfg.buildSessionFactory()) {
                org.hibernate.dialect.Dialect dialect = sf.unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class)
                        .getJdbcServices().getDialect();
                assertThat(dialect).isInstanceOf(org.hibernate.dialect.PostgreSQLDialect.class);
                assertThat(dialect.getVersion().getMajor()).isEqualTo(15);
                load(sf);
                assertThat(count(sf, "select count(b) from Book b where b.author.name = 'Virginia Woolf'"))
                        .isEqualTo(2L);
            }
        }
    }
}
