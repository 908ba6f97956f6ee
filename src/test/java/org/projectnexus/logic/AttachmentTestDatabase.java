package org.projectnexus.logic;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Counts rows in the open database of a knowledge base (H2 lets a second connection in the same process). */
final class AttachmentTestDatabase {

    private AttachmentTestDatabase() {
    }

    static int count(Path home, String table) {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + home.toAbsolutePath().resolve("nexus"),
                "nexus", "");
             ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
