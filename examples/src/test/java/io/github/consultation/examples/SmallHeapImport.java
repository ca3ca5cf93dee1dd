package io.github.consultation.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.store.FeedbackStore;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Properties;

/**
 * An import run in a JVM of its own, for {@link ImportCommandTest}'s streaming test: {@code FILE.csv DB},
 * with SQLite's {@code synchronous=OFF}, since what is measured is the import's memory, not the disk.
 */
final class SmallHeapImport {
    private SmallHeapImport() {
    }

    public static void main(String[] args) throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:sqlite:" + Path.of(args[1]).toAbsolutePath());
        config.setMaximumPoolSize(2);
        Properties sqlite = new Properties();
        sqlite.setProperty("journal_mode", "WAL");
        sqlite.setProperty("synchronous", "OFF");
        config.setDataSourceProperties(sqlite);
        try (HikariDataSource database = new HikariDataSource(config)) {
            FeedbackStore store = FeedbackStore.builder(database).form(FormDefinition.pageFeedback()).build();
            FeedbackImport.Report report = new FeedbackImport(FormDefinition.pageFeedback(), store, ZoneId.of("UTC"),
                    FeedbackImport.DateOrder.UNKNOWN, System.err, new FeedbackImport.Progress() {
                        @Override
                        public void show(String line) {
                        }

                        @Override
                        public void done() {
                        }
                    }).run(Path.of(args[0]), System::nanoTime);
            System.out.println(report);
            System.out.println("heap used after: " + (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()));
        }
    }
}
