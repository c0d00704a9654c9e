package app.tutti.bench.load;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The details Vaadin's bootstrap script reports about the browser in the init request, with the
 * values a 1280×800 headless Chromium on Linux sent in a captured run (Flow 25.2).
 */
final class BrowserDetails {

    private BrowserDetails() {
    }

    /** The parameters after {@code &query=}, starting with {@code &}. */
    static String query() {
        return "&v-sh=800&v-sw=1280&v-wh=800&v-ww=1280&v-bh=800&v-bw=1280&v-curdate=" + System.currentTimeMillis()
                + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-"
                + ThreadLocalRandom.current().nextDouble()
                + "&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN"
                + "&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=UNSUPPORTED&v-wla=SUPPORTED&v-ws=false";
    }
}
