package nl.dichtbij.platform.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Sorts the database errors that are nobody's fault: the database cannot be reached (or the
 * pool has no connection left), or two requests wrote the same thing at once. Walks the whole
 * cause chain, because Spring Session, Spring Security and the servlet container each wrap them.
 */
public final class Databasefouten {

    private Databasefouten() {
    }

    /** The database is down, unreachable or has no free connection: try again in a while. */
    public static boolean onbereikbaar(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // a rollback on the dead connection fails too and hides the first failure
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && onbereikbaar(rollback.getApplicationException())) {
                return true;
            }
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                    || t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    // SQLState class 08: connection exception (PostgreSQL's driver does not subclass these)
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /** Another request changed or added the same rows at the same moment: doing it again usually works. */
    public static boolean conflict(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrencyFailureException || t instanceof DuplicateKeyException) {
                return true;
            }
        }
        return false;
    }
}
