package app.tutti.midi.service;

import java.util.Locale;

/** A byte count written the way users read it: "512 bytes", "12.5 KB", "50 MB". */
record FileSize(long bytes) {

    private static final double KB = 1024;
    private static final double MB = 1024 * KB;

    @Override
    public String toString() {
        if (bytes >= MB) {
            return amount(bytes / MB) + " MB";
        }
        if (bytes >= KB) {
            return amount(bytes / KB) + " KB";
        }
        return bytes == 1 ? "1 byte" : bytes + " bytes";
    }

    private static String amount(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
