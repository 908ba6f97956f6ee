package org.projectnexus.gui.hub;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.gui.dialogs.UserMessages;
import org.projectnexus.logic.TeamHub;
import org.projectnexus.model.HubMembership;
import org.projectnexus.model.HubUnreachableException;

/**
 * Signing in to a team whose password is not remembered (issue 27, ADR 48): the password is checked against the
 * server on the hub's lane; once accepted it is held for this session ({@link TeamPasswords}), remembered inside the
 * knowledge base only when the member asks, and the team starts syncing. Used on the FX thread.
 */
public final class SignIn {

    private final TeamHub hub;
    private final BackgroundExecutor lane;
    private final TeamPasswords passwords;
    private final TeamViewModel team;

    /** {@code lane}: the hub's sync lane, so a slow or unreachable server holds up neither saves nor the window. */
    public SignIn(TeamViewModel team, BackgroundExecutor lane, TeamPasswords passwords) {
        this.hub = team.hub();
        this.lane = lane;
        this.passwords = passwords;
        this.team = team;
    }

    /** The joined teams the member has to sign in to before they sync. */
    public List<HubMembership> needed() {
        return team.teams().stream().filter(joined -> !passwords.canSync(joined)).toList();
    }

    /** One sign-in dialog's state. */
    Attempt attempt(HubMembership joined) {
        return new Attempt(joined);
    }

    /** Signing in to one team: the dialog's state and its one action. */
    final class Attempt {

        private final HubMembership joined;
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
        private final ReadOnlyBooleanWrapper signedIn = new ReadOnlyBooleanWrapper();
        /** Set when the dialog was cancelled while the check ran: its outcome is then dropped. */
        private volatile boolean cancelled;

        private Attempt(HubMembership joined) {
            this.joined = joined;
        }

        HubMembership team() {
            return joined;
        }

        /** Checks {@code password} with the hub (takes it over: the caller's array is wiped once done). */
        void signIn(char[] password, boolean remember) {
            if (checking.get() || password.length == 0) {
                return;
            }
            checking.set(true);
            message.set("Checking with the hub…");
            lane.run("sign in to the team hub", () -> {
                hub.signIn(joined.team(), password);
                if (remember && !cancelled) {
                    hub.rememberPassword(joined.team(), password);
                }
                return null;
            }, done -> {
                checking.set(false);
                if (!cancelled) {
                    passwords.signedIn(joined.team(), password);
                    message.set("");
                    signedIn.set(true);
                    team.signedIn(joined.team());
                }
                Arrays.fill(password, '\0');
            }, failure -> {
                checking.set(false);
                Arrays.fill(password, '\0');
                message.set(UserMessages.of(failure) + (failure instanceof HubUnreachableException
                        ? " Try again once the server answers." : ""));
            });
        }

        /** The dialog was closed without signing in: a check still under way changes nothing. */
        void cancel() {
            cancelled = true;
        }

        ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        ReadOnlyBooleanProperty checkingProperty() {
            return checking.getReadOnlyProperty();
        }

        ReadOnlyBooleanProperty signedInProperty() {
            return signedIn.getReadOnlyProperty();
        }
    }
}
