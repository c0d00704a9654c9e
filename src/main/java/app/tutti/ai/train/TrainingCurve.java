package app.tutti.ai.train;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Draws the training and validation loss of a training log (the lines {@code TrainingProgress}
 * writes) as a PNG: {@code java -jar tutti.jar plot --log LOG --out PNG}.
 */
public final class TrainingCurve {

    static final Pattern TRAIN = Pattern.compile("step (\\d+)/\\d+ loss ([0-9.]+)");
    static final Pattern VALIDATION = Pattern.compile("step (\\d+) validation loss ([0-9.]+)");
    private static final int WIDTH = 800;
    private static final int HEIGHT = 450;
    private static final int MARGIN = 60;
    private static final int TOP = MARGIN / 2;
    private static final int BOTTOM = HEIGHT - MARGIN;

    private TrainingCurve() {
    }

    public static void run(String[] args) throws IOException {
        var options = TrainCommand.options(args);
        List<String> lines = Files.readAllLines(Path.of(options.getOrDefault("log", "docs/model-training-log.md")));
        BufferedImage image = draw(points(lines, TRAIN), points(lines, VALIDATION));
        ImageIO.write(image, "png", Path.of(options.getOrDefault("out", "docs/training-curve.png")).toFile());
    }

    static List<double[]> points(List<String> lines, Pattern pattern) {
        List<double[]> points = new ArrayList<>();
        for (String line : lines) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.find()) {
                points.add(new double[] {Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2))});
            }
        }
        return points;
    }

    private static BufferedImage draw(List<double[]> train, List<double[]> validation) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        double maxStep = train.stream().mapToDouble(p -> p[0]).max().orElse(1);
        double maxLoss = Math.ceil(train.stream().mapToDouble(p -> p[1]).max().orElse(1));
        g.setColor(Color.GRAY);
        g.drawRect(MARGIN, TOP, WIDTH - 2 * MARGIN, BOTTOM - TOP);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString("step 0", MARGIN, HEIGHT - MARGIN + 18);
        g.drawString("step " + (long) maxStep, WIDTH - MARGIN - 70, HEIGHT - MARGIN + 18);
        g.drawString(String.valueOf((long) maxLoss), MARGIN - 25, TOP + 10);
        g.drawString("0", MARGIN - 15, BOTTOM);
        g.drawString("loss (cross-entropy per token): training (blue), validation (orange)", MARGIN, HEIGHT - 15);
        line(g, train, maxStep, maxLoss, new Color(0x4f7cff));
        line(g, validation, maxStep, maxLoss, new Color(0xe8590c));
        g.dispose();
        return image;
    }

    private static void line(Graphics2D g, List<double[]> points, double maxStep, double maxLoss, Color color) {
        g.setColor(color);
        g.setStroke(new BasicStroke(2f));
        for (int i = 1; i < points.size(); i++) {
            g.drawLine(x(points.get(i - 1)[0], maxStep), y(points.get(i - 1)[1], maxLoss), x(points.get(i)[0], maxStep),
                    y(points.get(i)[1], maxLoss));
        }
    }

    private static int x(double step, double maxStep) {
        return MARGIN + (int) Math.round(step / maxStep * (WIDTH - 2 * MARGIN));
    }

    private static int y(double loss, double maxLoss) {
        return BOTTOM - (int) Math.round(loss / maxLoss * (BOTTOM - TOP));
    }
}
