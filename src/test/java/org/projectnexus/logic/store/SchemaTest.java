package org.projectnexus.logic.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaTest {

    @TempDir
    Path home;

    @Test
    void latestIsTheHighestMigrationShipped() throws IOException, URISyntaxException {
        Path migrations = Path.of(getClass().getResource("/db/migration").toURI());
        Pattern versioned = Pattern.compile("V(\\d+)__.*\\.sql");
        int highest;
        try (Stream<Path> files = Files.list(migrations)) {
            highest = files.map(file -> versioned.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(match -> Integer.parseInt(match.group(1)))
                    .max().orElse(0);
        }
        for (var migration : Schema.javaMigrations()) {
            highest = Math.max(highest, Integer.parseInt(migration.getVersion().getVersion()));
        }
        assertThat(Schema.LATEST).isEqualTo(highest);
    }

    @Test
    void aDatabaseThatFlywayMigratedIsCurrentAndAHistoryWithAGapIsBehind() {
        Database.open(home).close();
        String readOnly = Database.url(home, null) + ";ACCESS_MODE_DATA=r";
        assertThat(Schema.look(readOnly, null)).isEqualTo(Schema.State.CURRENT);

        try (Database database = Database.open(home)) {
            database.inTransaction(connection -> {
                try (PreparedStatement forget = connection.prepareStatement(
                        "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = ?")) {
                    forget.setString(1, String.valueOf(Schema.LATEST));
                    return forget.executeUpdate();
                }
            });
        }
        assertThat(Schema.look(readOnly, null)).isEqualTo(Schema.State.BEHIND);
    }

    @Test
    void aDatabaseThatDoesNotOpenGivesNoState() throws IOException {
        Files.write(home.resolve("nexus.mv.db"), new byte[4096]);
        assertThat(Schema.look(Database.url(home, null) + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE", null)).isNull();
    }
}
