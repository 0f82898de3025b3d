package org.lsdcfx.device.pva;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.epics.pva.client.ClientChannelListener;
import org.epics.pva.client.PVAChannel;
import org.epics.pva.client.PVAClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects one channel, searching afresh when a search round goes unanswered. core-pva backs off between search
 * retries up to 30 s, so one lost UDP search reply (seen on loopback with 5.0.5) can hold a connection for many
 * seconds; a new channel is searched at once. Rounds start at 1 s and double up to {@link #MAX_ROUND}, so a merely
 * slow server is not hammered. {@link ChannelSet#connectAll} does the same for a device's channels.
 */
public final class SearchRounds {
    static final Duration FIRST_ROUND = Duration.ofSeconds(1);
    /** The longest wait between fresh searches. */
    public static final Duration MAX_ROUND = Duration.ofSeconds(8);
    private static final Logger LOG = LoggerFactory.getLogger(SearchRounds.class);

    private SearchRounds() {
    }

    /** The round after {@code round}: twice as long, at most {@link #MAX_ROUND}. */
    public static Duration next(Duration round) {
        Duration doubled = round.multipliedBy(2);
        return doubled.compareTo(MAX_ROUND) > 0 ? MAX_ROUND : doubled;
    }

    /** The first round's length. */
    public static Duration first() {
        return FIRST_ROUND;
    }

    /**
     * Returns the channel {@code name} once connected, searching afresh after each unanswered round.
     *
     * @param listener told of the returned channel's state changes (may be null); a channel dropped after an
     *                 unanswered round is closed and reports nothing further that matters
     * @throws TimeoutException if nothing answered within {@code timeout} (the last channel is closed)
     */
    public static PVAChannel connect(PVAClient client, String name, ClientChannelListener listener, Duration timeout)
            throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration round = FIRST_ROUND;
        while (true) {
            PVAChannel ch = listener == null ? client.getChannel(name) : client.getChannel(name, listener);
            long wait = Math.min(round.toNanos(), deadline - System.nanoTime());
            try {
                ch.connect().get(Math.max(0, wait), TimeUnit.NANOSECONDS);
                return ch;
            } catch (TimeoutException e) {
                ch.close();
                if (System.nanoTime() >= deadline) {
                    throw new TimeoutException(name + " did not connect within " + timeout.toMillis() + " ms");
                }
                LOG.info("{} not connected after {} ms, searching again", name, round.toMillis());
                round = next(round);
            } catch (ExecutionException e) {
                ch.close();
                throw new TimeoutException(name + " failed to connect: " + e.getCause());
            } catch (InterruptedException e) {
                ch.close();
                throw e;
            }
        }
    }
}
