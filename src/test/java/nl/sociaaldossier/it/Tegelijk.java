package nl.sociaaldossier.it;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs calls at the same moment, each in its own container thread and transaction (real parallel
 * requests to the database): all wait at one gate and go together. Returns per call what it
 * returned or threw.
 */
final class Tegelijk {

    private Tegelijk() {
    }

    /** The outcome of one call: its value, or what it threw. */
    record Uitkomst(Object waarde, Throwable fout) {
        boolean gelukt() {
            return fout == null;
        }
    }

    static List<Uitkomst> voer(ManagedExecutorService uitvoerder, List<Callable<?>> aanroepen) throws InterruptedException {
        CountDownLatch klaar = new CountDownLatch(aanroepen.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> lopend = new ArrayList<>();
        for (Callable<?> aanroep : aanroepen) {
            lopend.add(uitvoerder.submit(() -> {
                klaar.countDown();
                start.await();
                return aanroep.call();
            }));
        }
        klaar.await(30, TimeUnit.SECONDS);
        start.countDown();
        List<Uitkomst> uitkomsten = new ArrayList<>();
        for (Future<?> f : lopend) {
            try {
                uitkomsten.add(new Uitkomst(f.get(60, TimeUnit.SECONDS), null));
            } catch (ExecutionException e) {
                uitkomsten.add(new Uitkomst(null, e.getCause()));
            } catch (java.util.concurrent.TimeoutException e) {
                uitkomsten.add(new Uitkomst(null, e));
            }
        }
        return uitkomsten;
    }
}
