package app.tutti.ai.provenance;

import app.tutti.ai.token.GridNote;
import app.tutti.ai.token.GridSong;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * An inverted index from four-note interval patterns ({@link IntervalGrams}) to where they occur
 * in the training songs. To find the excerpts closest to a passage, every pattern of the passage
 * votes for (training line, step offset) pairs that hold it; many votes for one offset mean the
 * same notes in the same rhythm, in the same order, at one transposition. Immutable and safe to
 * share between threads.
 */
public final class ProvenanceIndex {

    static final String FORMAT = "tutti-provenance-2";
    /** Patterns found in more places than this (repeated notes, scales) say nothing about a source. */
    static final int MAX_POSTINGS = 3000;
    /** A passage line with fewer patterns is scored as if it had this many, so a few notes never look copied. */
    static final int MIN_PATTERNS = 8;

    private final List<IndexedSource> sources;
    private final List<MelodyLine> lines;
    private final int[] lineSource;
    private final int[] hashes;
    private final int[] postingLine;
    private final int[] postingStep;

    private ProvenanceIndex(List<IndexedSource> sources, List<MelodyLine> lines, int[] lineSource, int[] hashes,
            int[] postingLine, int[] postingStep) {
        this.sources = List.copyOf(sources);
        this.lines = List.copyOf(lines);
        this.lineSource = lineSource;
        this.hashes = hashes;
        this.postingLine = postingLine;
        this.postingStep = postingStep;
    }

    /** A training song to index with its description. */
    public record Entry(IndexedSource source, GridSong song) {
    }

    public static ProvenanceIndex build(List<Entry> entries) {
        List<IndexedSource> sources = new ArrayList<>();
        List<MelodyLine> lines = new ArrayList<>();
        List<Integer> lineSources = new ArrayList<>();
        List<long[]> postings = new ArrayList<>();
        for (Entry entry : entries) {
            int source = sources.size();
            sources.add(entry.source());
            for (MelodyLine line : MelodyLine.of(entry.song())) {
                int lineId = lineSources.size();
                lineSources.add(source);
                lines.add(line);
                IntervalGrams.forEach(line, (hash, step) -> postings.add(new long[] {hash, lineId, step}));
            }
        }
        postings.sort(Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1])
                .thenComparingLong(p -> p[2]));
        int[] hashes = new int[postings.size()];
        int[] postingLines = new int[postings.size()];
        int[] postingSteps = new int[postings.size()];
        for (int i = 0; i < postings.size(); i++) {
            hashes[i] = (int) postings.get(i)[0];
            postingLines[i] = (int) postings.get(i)[1];
            postingSteps[i] = (int) postings.get(i)[2];
        }
        return new ProvenanceIndex(sources, lines, lineSources.stream().mapToInt(Integer::intValue).toArray(),
                hashes, postingLines, postingSteps);
    }

    public int sourceCount() {
        return sources.size();
    }

    public int patternCount() {
        return hashes.length;
    }

    /**
     * The training excerpts closest to {@code passage}, best first, at most one per source song and
     * at most {@code limit}; sources sharing no aligned pattern are left out.
     */
    public List<ProvenanceMatch> nearest(GridSong passage, int limit) {
        Map<IndexedSource, ProvenanceMatch> bestBySource = new IdentityHashMap<>();
        for (MelodyLine line : MelodyLine.of(passage)) {
            for (ProvenanceMatch match : matches(line)) {
                bestBySource.merge(match.source(), match,
                        (a, b) -> a.similarity() >= b.similarity() ? a : b);
            }
        }
        return bestBySource.values().stream()
                .sorted(Comparator.comparingDouble(ProvenanceMatch::similarity).reversed()
                        .thenComparing(match -> match.source().title()))
                .limit(limit).toList();
    }

    /**
     * For one line of the passage: the best-aligned excerpt of each training line it shares
     * patterns with. The score is the share of the line's patterns found in the excerpt at one
     * alignment, each pattern weighed by how rare it is in the corpus (inverse document frequency),
     * so a distinctive turn of melody counts more than a stock arpeggio.
     */
    private List<ProvenanceMatch> matches(MelodyLine line) {
        Map<Long, double[]> votes = new HashMap<>();
        double[] total = {0};
        int[] patterns = {0};
        IntervalGrams.forEach(line, (hash, step) -> {
            int first = firstPosting(hash);
            int last = first;
            while (last < hashes.length && hashes[last] == hash) {
                last++;
            }
            if (last - first > MAX_POSTINGS) {
                return;
            }
            double weight = Math.log(1.0 + (double) lineSource.length / Math.max(1, last - first));
            total[0] += weight;
            patterns[0]++;
            long previous = Long.MIN_VALUE;
            for (int p = first; p < last; p++) {
                long key = ((long) postingLine[p] << 32) | ((postingStep[p] - step) & 0xffffffffL);
                if (key != previous) {
                    previous = key;
                    double[] vote = votes.computeIfAbsent(key, k -> new double[2]);
                    vote[0] += weight;
                    vote[1]++;
                }
            }
        });
        double denominator = patterns[0] == 0 ? 1 : Math.max(total[0], MIN_PATTERNS * total[0] / patterns[0]);
        int firstStep = line.steps()[0];
        int lastStep = line.steps()[line.length() - 1];
        Map<Integer, ProvenanceMatch> bestByLine = new HashMap<>();
        votes.forEach((key, vote) -> {
            int trainingLine = (int) (key >>> 32);
            int offset = (int) (long) key;
            IndexedSource source = sources.get(lineSource[trainingLine]);
            ProvenanceMatch match = new ProvenanceMatch(source, source.barAt(firstStep + offset),
                    source.barAt(lastStep + offset), vote[0] / denominator, (int) vote[1], patterns[0],
                    new ProvenanceMatch.Alignment(trainingLine, offset));
            bestByLine.merge(trainingLine, match, (a, b) -> a.similarity() >= b.similarity() ? a : b);
        });
        return List.copyOf(bestByLine.values());
    }

    /**
     * The training notes of {@code match}'s line in its bars, to hear beside the passage: each note
     * lasts until the next onset (at most a bar), steps count from the excerpt's first bar line.
     */
    public List<GridNote> excerpt(ProvenanceMatch match) {
        MelodyLine line = lines.get(match.alignment().line());
        int[] barStarts = match.source().barStarts();
        int from = barStarts[match.firstBar() - 1];
        int to = match.lastBar() < barStarts.length ? barStarts[match.lastBar()] : Integer.MAX_VALUE;
        List<GridNote> notes = new ArrayList<>();
        for (int i = 0; i < line.length(); i++) {
            int step = line.steps()[i];
            if (step >= from && step < to) {
                int next = i + 1 < line.length() ? line.steps()[i + 1] : step + 4;
                notes.add(GridNote.capped(line.track(), line.pitches()[i], step - from, Math.min(16, next - step), 4));
            }
        }
        return notes;
    }

    private int firstPosting(int hash) {
        int low = 0;
        int high = hashes.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (hashes[mid] < hash) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Writes the index compactly (gzip, delta-coded varints). */
    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out)));
        data.writeUTF(FORMAT);
        Varints.write(data, sources.size());
        for (IndexedSource source : sources) {
            data.writeUTF(source.title());
            data.writeUTF(source.credit());
            Varints.writeIncreasing(data, source.barStarts());
        }
        Varints.write(data, lines.size());
        for (int line = 0; line < lines.size(); line++) {
            Varints.write(data, lineSource[line]);
            Varints.write(data, lines.get(line).track());
            Varints.writeIncreasing(data, lines.get(line).steps());
            data.write(toBytes(lines.get(line).pitches()));
        }
        Varints.write(data, hashes.length);
        long previous = Integer.MIN_VALUE;
        for (int i = 0; i < hashes.length; i++) {
            Varints.write(data, hashes[i] - previous);
            previous = hashes[i];
            Varints.write(data, postingLine[i]);
            Varints.write(data, postingStep[i]);
        }
        data.flush();
        data.close();
    }

    public static ProvenanceIndex read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
        String format = data.readUTF();
        if (!FORMAT.equals(format)) {
            throw new IOException("Not a provenance index of format " + FORMAT + ": " + format);
        }
        int sourceCount = (int) Varints.read(data);
        List<IndexedSource> sources = new ArrayList<>(sourceCount);
        for (int i = 0; i < sourceCount; i++) {
            sources.add(new IndexedSource(data.readUTF(), data.readUTF(), Varints.readIncreasing(data)));
        }
        int[] lineSource = new int[(int) Varints.read(data)];
        List<MelodyLine> lines = new ArrayList<>(lineSource.length);
        for (int i = 0; i < lineSource.length; i++) {
            lineSource[i] = (int) Varints.read(data);
            int track = (int) Varints.read(data);
            int[] steps = Varints.readIncreasing(data);
            byte[] pitches = new byte[steps.length];
            data.readFully(pitches);
            lines.add(new MelodyLine(track, steps, fromBytes(pitches)));
        }
        int count = (int) Varints.read(data);
        int[] hashes = new int[count];
        int[] postingLines = new int[count];
        int[] postingSteps = new int[count];
        long previous = Integer.MIN_VALUE;
        for (int i = 0; i < count; i++) {
            previous += Varints.read(data);
            hashes[i] = (int) previous;
            postingLines[i] = (int) Varints.read(data);
            postingSteps[i] = (int) Varints.read(data);
        }
        return new ProvenanceIndex(sources, lines, lineSource, hashes, postingLines, postingSteps);
    }

    private static byte[] toBytes(int[] pitches) {
        byte[] bytes = new byte[pitches.length];
        for (int i = 0; i < pitches.length; i++) {
            bytes[i] = (byte) pitches[i];
        }
        return bytes;
    }

    private static int[] fromBytes(byte[] bytes) {
        int[] pitches = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            pitches[i] = bytes[i];
        }
        return pitches;
    }
}
