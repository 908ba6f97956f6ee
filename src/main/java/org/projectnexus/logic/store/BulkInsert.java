package org.projectnexus.logic.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rows for one table, held column by column, then inserted with one statement whose parameters are arrays:
 * {@code INSERT INTO table (columns) SELECT * FROM UNNEST(?, …)}. H2 runs a JDBC batch as one statement per row,
 * and its work per statement was a good part of an import (measured: docs/performance/log/session-07.md).
 */
final class BulkInsert {

    private final String table;
    private final List<String> names;
    private final List<List<Object>> columns = new ArrayList<>();

    BulkInsert(String table, List<String> names) {
        this.table = table;
        this.names = List.copyOf(names);
        names.forEach(name -> columns.add(new ArrayList<>()));
    }

    /** A row: one value per column, in the order of the names. */
    void add(Object... row) {
        if (row.length != columns.size()) {
            throw new IllegalArgumentException(row.length + " values for the " + columns.size() + " columns of " + table);
        }
        for (int column = 0; column < row.length; column++) {
            columns.get(column).add(row[column]);
        }
    }

    /** Inserts the rows added, if any, with one statement. */
    void run(Connection connection) throws SQLException {
        run(connection, new String[0], inserted -> { });
    }

    /** Reads a row of the generated keys. */
    interface KeyReader {
        void read(ResultSet key) throws SQLException;
    }

    /**
     * Inserts the rows added, if any, with one statement, then hands {@code reader} the columns named {@code keys}
     * of each inserted row (JDBC's generated keys).
     */
    void run(Connection connection, String[] keys, KeyReader reader) throws SQLException {
        if (columns.get(0).isEmpty()) {
            return;
        }
        String arrays = String.join(", ", Collections.nCopies(columns.size(), "?"));
        String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") SELECT * FROM UNNEST(" + arrays + ")";
        try (PreparedStatement insert = keys.length == 0 ? connection.prepareStatement(sql)
                : connection.prepareStatement(sql, keys)) {
            for (int column = 0; column < columns.size(); column++) {
                insert.setObject(column + 1, columns.get(column).toArray());
            }
            insert.executeUpdate();
            if (keys.length > 0) {
                try (ResultSet generated = insert.getGeneratedKeys()) {
                    while (generated.next()) {
                        reader.read(generated);
                    }
                }
            }
        }
    }
}
