package org.projectnexus.gui.hub;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.logic.TeamHub;
import org.projectnexus.model.HubPasswordRefusedException;
import org.projectnexus.model.HubUnreachableException;
import org.projectnexus.model.NexusException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears teammates' pushes (LISTEN/NOTIFY, {@link TeamHub#watch}) on a lane of its own, one long task holding one
 * connection per team (ADR 44). A connection that breaks, or cannot be made, means the hub is offline: it is tried
 * again every {@link #RETRY_MILLIS} until it answers, and then the listener hears that the hub is back. Its callbacks
 * come on the watching thread. A team signed in to later (ADR 48) joins the watch under way.
 */
final class HubWatcher {

    /** What the watcher tells, on its own thread. */
    interface Listener {
        void heard();

        void offline();

        void reachable();

        void failed(String team, String message);
    }

    private static final Logger LOG = LoggerFactory.getLogger(HubWatcher.class);
    static final long RETRY_MILLIS = 2000;
    /** How long one wait for a push lasts, shared by the teams watched: also how soon a close is noticed. */
    private static final int WAIT_MILLIS = 500;

    private final TeamHub hub;
    private final BackgroundExecutor lane;
    private final TeamPasswords passwords;
    /** The teams to watch; one signed in to is added while the watch runs. */
    private final Set<String> teams = ConcurrentHashMap.newKeySet();
    /** Teams whose hub refused them: trying again will not help until the member signs in again. */
    private final Set<String> givenUp = ConcurrentHashMap.newKeySet();
    /** Released to wake the watch early: a team was added, or the window closes. */
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean closed;
    private boolean started;

    HubWatcher(TeamHub hub, BackgroundExecutor lane, TeamPasswords passwords) {
        this.hub = hub;
        this.lane = lane;
        this.passwords = passwords;
    }

    /** Watches {@code more} too: starts the watch on the first call with a team, adds to it on later ones. FX thread. */
    void watch(Collection<String> more, Listener listener) {
        if (more.isEmpty() || closed) {
            return;
        }
        givenUp.removeAll(more);
        teams.addAll(more);
        wake.release();
        if (!started) {
            started = true;
            lane.run("watch the team hub", () -> {
                watch(listener);
                return null;
            }, done -> { }, failure -> LOG.warn("The team hub's watch ended", failure));
        }
    }

    /** Ends the watch within about {@link #WAIT_MILLIS}; its connections are closed on its own thread. */
    void close() {
        closed = true;
        wake.release();
        lane.shutdownAfter(() -> { });
    }

    private void watch(Listener listener) throws InterruptedException {
        Map<String, TeamHub.HubWatch> watches = new LinkedHashMap<>();
        boolean offline = false;
        try {
            while (!closed) {
                boolean missing = connect(watches, listener);
                if (missing != offline) {
                    offline = missing;
                    if (offline) {
                        listener.offline();
                    } else {
                        listener.reachable();
                    }
                }
                if (watches.isEmpty()) {
                    wake.tryAcquire(RETRY_MILLIS, TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                } else {
                    await(watches, listener);
                }
            }
        } finally {
            watches.values().forEach(TeamHub.HubWatch::close);
        }
    }

    /** Opens the watches not open yet; true when a hub could not be reached. */
    private boolean connect(Map<String, TeamHub.HubWatch> watches, Listener listener) {
        boolean missing = false;
        for (String team : teams) {
            if (closed || watches.containsKey(team) || givenUp.contains(team)) {
                continue;
            }
            try {
                watches.put(team, hub.watch(team, passwords.forTeam(team)));
            } catch (HubUnreachableException unreachable) {
                missing = true;
            } catch (NexusException refused) {
                // A wrong password, a member removed: trying again will not help until the user acts.
                givenUp.add(team);
                if (refused instanceof HubPasswordRefusedException) {
                    passwords.refused(team);
                }
                listener.failed(team, refused.getMessage());
            }
        }
        return missing;
    }

    /** Waits for pushes on each open watch in turn; a watch that breaks is dropped (and made again next round). */
    private void await(Map<String, TeamHub.HubWatch> watches, Listener listener) {
        int slice = Math.max(100, WAIT_MILLIS / watches.size());
        for (var it = watches.entrySet().iterator(); it.hasNext() && !closed; ) {
            var watch = it.next();
            try {
                if (watch.getValue().awaitPush(slice)) {
                    listener.heard();
                }
            } catch (NexusException broke) {
                LOG.info("The team hub's watch of {} broke: {}", watch.getKey(), broke.getMessage());
                watch.getValue().close();
                it.remove();
            }
        }
    }
}
