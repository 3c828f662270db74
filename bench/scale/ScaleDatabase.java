import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The database of the scale benchmark (bench/scale.sh): its own PostgreSQL server, data directory
 * and port, never the curated dataset's. Run from the repository with the service's libraries:
 *
 * <pre>
 * java -cp "target/quarkus-app/lib/main/*" bench/scale/ScaleDatabase.java server DIR PORT
 * java -cp "target/quarkus-app/lib/main/*" bench/scale/ScaleDatabase.java version PORT
 * java -cp "target/quarkus-app/lib/main/*" bench/scale/ScaleDatabase.java generate PORT SIZE
 * </pre>
 *
 * {@code server} starts PostgreSQL (the same binaries as the service's embedded default) and keeps
 * it until the process is stopped. {@code version} prints the dataset version it holds ("none"
 * before the service first loaded it). {@code generate} replaces the applications with SIZE
 * synthetic ones (and their /search entries), in one transaction, and marks the dataset {@code synthetic-SIZE}: the service
 * pointed at this database serves them as a dataset of its own.
 *
 * <p>The synthetic applications are realistic by construction: each takes the direction, categories,
 * segments and organization of one of the curated applications (so their joint distribution is the
 * curated one) and a generated Chinese and English name from common product-name parts. Row g is a
 * pure function of g: a dataset of size N is the first N rows of any larger one. The rows are written in id order (the
 * lists' default order), as a bulk load of a sorted export writes them, so that rows with the same names share pages.
 */
public class ScaleDatabase {

    private static final String[] ZH_PREFIX = {
        "星火", "灵感", "妙笔", "云端", "智绘", "墨言", "天工", "万象", "青藤", "光年", "知音", "繁星", "极光", "听风", "小冰", "数字", "文心", "通义",
        "悟道", "元语", "盘古", "紫东", "书生", "百川", "可图", "如影", "秒画", "绘梦", "言犀", "曦灵", "橙篇", "讯飞", "简单", "无界", "次元", "森林",
        "海螺", "豆包", "奇想", "造梦"
    };
    private static final String[] ZH_NOUN = {
        "画板", "写作", "助手", "对话", "视频", "音乐", "社区", "工坊", "笔记", "会议", "配音", "翻译", "设计", "相机", "漫画", "小说", "头像", "海报",
        "客服", "伴侣", "搜索", "编辑器", "工作室", "实验室", "绘画", "文案", "剪辑", "游戏", "学堂", "商店"
    };
    private static final String[] EN_PREFIX = {
        "Spark",
        "Muse",
        "Cloud",
        "Ink",
        "Nova",
        "Echo",
        "Lumen",
        "Atlas",
        "Pixel",
        "Vivid",
        "Zen",
        "Aurora",
        "Breeze",
        "Xiaobing",
        "Digital",
        "Wenxin",
        "Tongyi",
        "Wudao",
        "Yuanyu",
        "Pangu",
        "Zidong",
        "Scholar",
        "Baichuan",
        "Kolors",
        "Ruying",
        "Miaohua",
        "Dream",
        "Yanxi",
        "Xiling",
        "Chengpian",
        "Xunfei",
        "Simple",
        "Boundless",
        "Dimension",
        "Forest",
        "Hailuo",
        "Doubao",
        "Whimsy",
        "Dreamforge",
        "Starry"
    };
    private static final String[] EN_NOUN = {
        "Canvas",
        "Writer",
        "Assistant",
        "Chat",
        "Video",
        "Music",
        "Community",
        "Workshop",
        "Notes",
        "Meet",
        "Voice",
        "Translate",
        "Design",
        "Camera",
        "Comics",
        "Fiction",
        "Avatar",
        "Poster",
        "Service",
        "Companion",
        "Search",
        "Editor",
        "Studio",
        "Lab",
        "Painter",
        "Copy",
        "Cut",
        "Games",
        "Academy",
        "Store"
    };
    private static final String[] SUFFIX = {"", "", "", " AI", " Pro", " Lite", " Plus", " 2", " X", " Go"};

    public static void main(String[] args) throws Exception {
        switch (args.length > 0 ? args[0] : "") {
            case "server" -> server(Path.of(args[1]), Integer.parseInt(args[2]));
            case "version" -> System.out.println(version(Integer.parseInt(args[1])));
            case "generate" -> generate(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            default -> {
                System.err.println("usage: ScaleDatabase server DIR PORT | version PORT | generate PORT SIZE");
                System.exit(2);
            }
        }
    }

    static void server(Path dir, int port) throws Exception {
        Files.createDirectories(dir);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("maintenance_work_mem", "256MB")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }));
        System.out.println("READY " + pg.getJdbcUrl("postgres", "postgres"));
        System.out.flush();
        Thread.currentThread().join();
    }

    static Connection connect(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "postgres");
    }

    static String version(int port) throws SQLException {
        try (Connection c = connect(port);
                Statement s = c.createStatement()) {
            ResultSet tables = s.executeQuery("SELECT to_regclass('public.dataset') IS NOT NULL");
            tables.next();
            if (!tables.getBoolean(1)) {
                return "none";
            }
            ResultSet rs = s.executeQuery("SELECT version FROM dataset");
            return rs.next() ? rs.getString(1) : "none";
        }
    }

    static void generate(int port, int size) throws SQLException {
        String version = "synthetic-" + size;
        if (version.equals(version(port))) {
            System.out.println("the database already holds " + version);
            return;
        }
        long start = System.nanoTime();
        try (Connection c = connect(port);
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            // the curated applications are the templates, kept aside the first time
            s.execute(
                    "CREATE TABLE IF NOT EXISTS synthetic_template AS "
                            + "SELECT row_number() OVER (ORDER BY source_row) - 1 AS k, direction_raw, categories, segments_raw, segments, "
                            + "organization_id, organization_inferred, source_id FROM application WHERE source_table <> 'synthetic'");
            // a template kept by an earlier version of this class, before applications said whether their organization
            // is
            // inferred
            s.execute(
                    "ALTER TABLE synthetic_template ADD COLUMN IF NOT EXISTS organization_inferred boolean NOT NULL DEFAULT false");
            // a bulk load: drop the indexes of the applications and of /search's entries, load, build them again
            List<String> indexes = new ArrayList<>();
            ResultSet rs = s.executeQuery("SELECT indexname, indexdef FROM pg_indexes "
                    + "WHERE tablename IN ('application', 'search_entry') AND indexname NOT LIKE '%_pkey'");
            while (rs.next()) {
                indexes.add(rs.getString(2));
                s.addBatch("DROP INDEX " + rs.getString(1));
            }
            s.executeBatch();
            s.execute("DELETE FROM search_entry WHERE collection = 'APPLICATIONS'");
            s.execute("TRUNCATE application");
            s.execute(
                    "INSERT INTO application (id, name, name_en, name_en_translated, name_zh, aliases, direction_raw, categories, segments_raw, "
                            + "segments, organization_id, organization_inferred, source_id, source_table, source_row, search_text, name_en_origin) "
                            + "SELECT lower(en_prefix || '-' || en_noun) || '-' || g, "
                            + "  CASE WHEN chinese THEN name_zh ELSE name_en END, name_en, chinese, name_zh, aliases, "
                            + "  t.direction_raw, t.categories, t.segments_raw, t.segments, t.organization_id, t.organization_inferred, t.source_id, 'synthetic', g, "
                            + "  lower(concat_ws(E'\\n', name_zh, name_en, aliases[1])), "
                            + "  CASE WHEN chinese THEN 'TRANSLATION' ELSE 'SEED' END "
                            + "FROM (SELECT g, en_prefix, en_noun, chinese, "
                            + "        zh_prefix || zh_noun || suffix AS name_zh, en_prefix || ' ' || en_noun || suffix AS name_en, "
                            + "        CASE WHEN h % 5 = 0 THEN ARRAY[en_prefix || en_noun || ' App'] ELSE ARRAY[]::text[] END AS aliases, "
                            + "        h3 % (SELECT count(*) FROM synthetic_template) AS k "
                            + "      FROM (SELECT g, hashint4(g)::bigint & 2147483647 AS h, hashint4(g + 7919)::bigint & 2147483647 AS h2, hashint4(g + 104729)::bigint & 2147483647 AS h3 FROM generate_series(1, "
                            + size + ") g) r, "
                            + "      LATERAL (SELECT (" + array(ZH_PREFIX) + ")[1 + h2 % " + ZH_PREFIX.length
                            + "] AS zh_prefix, "
                            + "                      (" + array(ZH_NOUN) + ")[1 + (h2 / 64) % " + ZH_NOUN.length
                            + "] AS zh_noun, "
                            + "                      (" + array(EN_PREFIX) + ")[1 + h2 % " + EN_PREFIX.length
                            + "] AS en_prefix, "
                            + "                      (" + array(EN_NOUN) + ")[1 + (h2 / 64) % " + EN_NOUN.length
                            + "] AS en_noun, "
                            + "                      (" + array(SUFFIX) + ")[1 + (h / 8) % " + SUFFIX.length
                            + "] AS suffix, "
                            + "                      h % 10 < 7 AS chinese) n) a "
                            + "JOIN synthetic_template t USING (k) ORDER BY (lower(en_prefix || '-' || en_noun) || '-' || g) COLLATE \"C\"");
            // what the service's load writes for each application: its /search entry
            s.execute(
                    "INSERT INTO search_entry (id, collection, record_id, name, name_en, name_zh, aliases, search_text) "
                            + "SELECT 'APPLICATIONS:' || id, 'APPLICATIONS', id, name, name_en, name_zh, aliases, search_text "
                            + "FROM application ORDER BY id COLLATE \"C\"");
            for (String index : indexes) {
                s.execute(index);
            }
            s.execute("UPDATE dataset SET version = '" + version + "', loaded_at = now(), "
                    + "counts = jsonb_set(counts, '{applications}', to_jsonb(" + size + "))");
            c.commit();
            c.setAutoCommit(true);
            s.execute("ANALYZE application");
            s.execute("ANALYZE search_entry");
        }
        System.out.printf("generated %,d applications in %.1f s%n", size, (System.nanoTime() - start) / 1e9);
    }

    private static String array(String[] values) {
        StringBuilder sql = new StringBuilder("ARRAY[");
        for (int i = 0; i < values.length; i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append('\'')
                    .append(values[i].replace("'", "''"))
                    .append('\'');
        }
        return sql.append("]").toString();
    }
}
