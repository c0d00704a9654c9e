package app.tutti.ai.translate;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import app.tutti.ai.model.KvCache;
import app.tutti.ai.model.MusicModel;
import java.util.ArrayList;
import java.util.List;

/**
 * One sequence being decoded: its key/value cache and the native memory behind it. Each call frees
 * the previous step's arrays, so memory stays proportional to the cached length.
 */
final class DecodingState implements AutoCloseable {

    private final MusicModel model;
    private final NDManager owner;
    private NDManager cacheManager;
    private KvCache cache;

    DecodingState(MusicModel model) {
        this.model = model;
        this.owner = model.newManager();
        this.cacheManager = owner.newSubManager();
        this.cache = KvCache.empty(cacheManager, model.config(), 1);
    }

    /** Forgets the cache and reads {@code tokens} afresh; returns the logits after the last one. */
    float[] restart(int[] tokens) {
        NDManager fresh = owner.newSubManager();
        KvCache empty = KvCache.empty(fresh, model.config(), 1);
        cacheManager.close();
        cacheManager = fresh;
        cache = empty;
        return feed(tokens);
    }

    /** Reads {@code tokens} after the cached ones; returns the logits after the last one. */
    float[] feed(int... tokens) {
        NDManager next = owner.newSubManager();
        try (NDManager step = owner.newSubManager()) {
            long[] ids = new long[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                ids[i] = tokens[i];
            }
            NDList out = model.forward(cache.withTokens(step.create(ids, new Shape(1, tokens.length))));
            float[] logits = out.get(0).get(new NDIndex("0, -1")).toFloatArray();
            KvCache grown = KvCache.fromOutputs(out);
            List<NDArray> kept = new ArrayList<>(grown.keys());
            kept.addAll(grown.values());
            kept.forEach(array -> array.attach(next));
            cacheManager.close();
            cacheManager = next;
            cache = grown;
            return logits;
        } catch (RuntimeException e) {
            next.close();
            throw e;
        }
    }

    /** Positions cached so far. */
    long length() {
        return cache.length();
    }

    @Override
    public void close() {
        owner.close();
    }
}
