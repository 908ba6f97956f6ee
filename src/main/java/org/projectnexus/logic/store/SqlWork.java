package org.projectnexus.logic.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work done on one connection, inside one transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
