package io.github.consultation.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Writes from many threads, committed together: each thread gets its own result, and a failed batch fails each of its writes. */
class GroupCommitTest {
    @Test
    void eachWriterGetsItsOwnResultAndWritesWaitingTogetherShareABatch() throws Exception {
        List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch firstBatchStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit<Integer, String> commits = new GroupCommit<>(writes -> {
            sizes.add(writes.size());
            firstBatchStarted.countDown();
            try {
                release.await(5, TimeUnit.SECONDS); // the disk is slow: others queue behind this batch
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            return writes.stream().map(w -> "done " + w).toList();
        }, 8);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<String>> results = new ArrayList<>();
        results.add(pool.submit(() -> commits.submit(0)));
        firstBatchStarted.await(5, TimeUnit.SECONDS);
        for (int i = 1; i < 20; i++) {
            int n = i;
            results.add(pool.submit(() -> commits.submit(n)));
        }
        Thread.sleep(200); // let them all queue
        release.countDown();
        for (int i = 0; i < 20; i++) {
            assertEquals("done " + i, results.get(i).get(5, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(20, sizes.stream().mapToInt(Integer::intValue).sum());
        assertEquals(1, sizes.get(0), "the first went alone");
        assertTrue(sizes.size() <= 4, "the other nineteen went in batches of at most eight: " + sizes);
        assertTrue(sizes.stream().allMatch(s -> s <= 8), sizes.toString());
    }

    @Test
    void aFailedBatchFailsEachOfItsWritesAndTheNextBatchStillRuns() throws Exception {
        GroupCommit<String, String> commits = new GroupCommit<>(writes -> {
            if (writes.contains("bad")) {
                throw new SQLException("disk full", "53100");
            }
            return writes;
        }, 4);
        SQLException e = assertThrows(SQLException.class, () -> commits.submit("bad"));
        assertEquals("disk full", e.getMessage());
        assertEquals("53100", e.getSQLState());
        assertEquals("good", commits.submit("good"));
    }

    @Test
    void aBatchThatLosesResultsIsAFailure() {
        GroupCommit<String, String> commits = new GroupCommit<>(writes -> List.of(), 4);
        SQLException e = assertThrows(SQLException.class, () -> commits.submit("x"));
        assertEquals("A batch of 1 writes gave 0 results", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new GroupCommit<String, String>(w -> w, 0));
    }
}
