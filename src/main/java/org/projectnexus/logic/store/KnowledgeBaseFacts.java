package org.projectnexus.logic.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Named facts about the knowledge base itself (for example, when the starter content was added). */
public final class KnowledgeBaseFacts {

    public static final String STARTER_CONTENT_ADDED = "starter-content-added";
    /** When the challenges whose body has front matter were indexed again (its tags and aliases used to be missed). */
    public static final String CHALLENGE_FRONT_MATTER_INDEXED = "challenge-front-matter-indexed";

    public Optional<String> get(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT fact_value FROM knowledge_base_fact WHERE fact_name = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    public void put(Connection connection, String name, String value) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM knowledge_base_fact WHERE fact_name = ?")) {
            delete.setString(1, name);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO knowledge_base_fact (fact_name, fact_value) VALUES (?, ?)")) {
            insert.setString(1, name);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }
}
