package org.lsdcfx.analysis.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The loop finder on synthetic 640 × 512 camera images (as the simulated low-mag camera: a 40 px loop radius) whose
 * truth is known: box centre within 1.5 px, box size within 3 px, tip within 2 px, also with noise, strong
 * vignetting, crystals in the loop, dust, the pin from the right, a tilted or edge-on loop and a loop partly out of
 * view; nothing in view and dust without a pin are "not found".
 */
class LoopFinderTest {
    private static final int W = 640;
    private static final int H = 512;
    private final LoopFinder finder = new LoopFinder();

    private static void assertBox(LoopScene s, double cx, double cy, LoopFinding f, double tol) {
        assertTrue(f.found(), f.reason());
        assertTrue(f.faceVisible(), "face visible");
        assertFalse(f.truncated(), "not truncated");
        assertEquals(cx, f.centreX(), tol, "centre column " + f);
        assertEquals(cy, f.centreY(), tol, "centre row " + f);
        assertEquals(2 * s.halfWidth(), f.width(), 3, "width " + f);
        assertEquals(2 * s.halfHeight(), f.height(), 3, "height " + f);
    }

    @Test
    void aFaceOnLoopIsBoxedWithinAPixel() {
        LoopScene s = new LoopScene(W, H).loopAt(400.3, 170.6);
        LoopFinding f = finder.find(s.render());
        assertBox(s, 400.3, 170.6, f, 1.5);
        assertEquals(PinSide.LEFT, f.pinSide());
        assertEquals(400.3 + s.halfWidth(), f.tipX(), 2, "tip column");
        assertEquals(170.6, f.tipY(), 2, "tip row");
        assertEquals(12, f.shaftThicknessPx(), 2.5, "shaft thickness (the 3 x 3 smoothing widens dark objects by up to a pixel each side)");
    }

    @Test
    void noiseAndStrongVignettingDoNotMoveTheBox() {
        for (long seed = 1; seed <= 5; seed++) {
            LoopScene s = new LoopScene(W, H).loopAt(150 + 40 * seed, 400 - 50 * seed).vignetting(160)
                    .noise(15, seed);
            assertBox(s, 150 + 40 * seed, 400 - 50 * seed, finder.find(s.render()), 1.5);
        }
    }

    @Test
    void crystalsInTheLoopAndDustAroundDoNotMoveTheBox() {
        LoopScene s = new LoopScene(W, H).loopAt(320, 256).noise(8, 3)
                .crystal(330, 250, 12).crystal(300, 270, 6).crystal(350, 230, 9) // one touches the ring
                .speck(500, 100, 4).speck(100, 450, 6);
        assertBox(s, 320, 256, finder.find(s.render()), 1.5);
    }

    @Test
    void aPinFromTheRightIsFollowed() {
        LoopScene s = new LoopScene(W, H).loopAt(250, 300).pinFrom(PinSide.RIGHT).noise(10, 7);
        LoopFinding f = finder.find(s.render());
        assertBox(s, 250, 300, f, 1.5);
        assertEquals(PinSide.RIGHT, f.pinSide());
        assertEquals(250 - s.halfWidth(), f.tipX(), 2, "the tip is on the left");
    }

    @Test
    void aTiltedLoopLooksNarrower() {
        LoopScene s = new LoopScene(W, H).loopAt(330, 260).tilt(60).noise(8, 11);
        LoopFinding f = finder.find(s.render());
        assertBox(s, 330, 260, f, 1.5);
        assertEquals(2 * (20 + 3), f.height(), 3);
    }

    @Test
    void edgeOnOnlyTheTipIsReliable() {
        LoopScene s = new LoopScene(W, H).loopAt(330, 260).tilt(90).noise(8, 13);
        LoopFinding f = finder.find(s.render());
        assertTrue(f.found(), f.reason());
        assertFalse(f.faceVisible(), "an edge-on loop is no wider than its pin");
        assertEquals(330 + s.halfWidth(), f.tipX(), 2, "tip column");
        assertEquals(260, f.tipY(), 1.5, "tip row");
        assertEquals(f.tipX(), f.centreX(), 1e-9, "the box is the tip");

        // where the loop is along the axis is known from the face-on view: its side-view thickness there
        LoopFinding side = finder.findBetween(s.render(), 330 - s.halfWidth(), 330 + s.halfWidth());
        assertTrue(side.found() && side.faceVisible(), side.reason());
        assertEquals(260, side.centreY(), 1.5, "side-view centre row " + side);
        // the ring's end overlaps the shaft's (12 px) end; the 3 x 3 smoothing adds up to a pixel each side
        assertEquals(Math.max(2 * s.halfHeight(), 12) + 1, side.height(), 2, "side-view thickness " + side);

        // a crystal sticking out of the loop's plane (edge-on) widens the box but not the mid-line
        LoopScene withCrystal = new LoopScene(W, H).loopAt(330, 260).tilt(90).noise(8, 13).crystal(320, 248, 12);
        LoopFinding crystalSide = finder.findBetween(withCrystal.render(), 330 - s.halfWidth(), 330 + s.halfWidth());
        assertTrue(crystalSide.centreY() < 256, "the box follows the crystal " + crystalSide);
        assertEquals(260, crystalSide.midY(), 1, "the mid-line stays on the loop " + crystalSide);
        assertFalse(finder.findBetween(s.render(), 600, 630).found(), "no pin object in those columns");
    }

    @Test
    void aLoopPartlyOutOfViewIsFlaggedAndPointsTheWay() {
        LoopFinding right = finder.find(new LoopScene(W, H).loopAt(625, 250).noise(8, 17).render());
        assertTrue(right.found(), right.reason());
        assertTrue(right.truncated(), "cut by the right edge");
        assertTrue(right.centreX() > W / 2.0 + 200, "the visible part is far right: " + right);

        LoopFinding top = finder.find(new LoopScene(W, H).loopAt(320, 15).noise(8, 19).render());
        assertTrue(top.found(), top.reason());
        assertTrue(top.truncated(), "cut by the top edge");
        assertTrue(top.centreY() < 40, "the visible part is at the top: " + top);
    }

    @Test
    void nothingInViewIsNotFound() {
        LoopFinding empty = finder.find(new LoopScene(W, H).noPin().radius(0.001).vignetting(160).noise(15, 23)
                .render());
        assertFalse(empty.found());
        assertTrue(empty.reason().startsWith("nothing in view"), empty.reason());

        LoopFinding dust = finder.find(new LoopScene(W, H).noPin().radius(0.001).noise(8, 29).speck(300, 200, 8)
                .speck(100, 100, 10).render());
        assertFalse(dust.found());
        assertTrue(dust.reason().startsWith("no pin in view"), dust.reason());

        LoopFinding floating = finder.find(new LoopScene(W, H).noPin().noise(8, 31).render());
        assertFalse(floating.found(), "a ring without a pin is not a mounted loop");
    }

    @Test
    void aFixedPinSideIgnoresObjectsFromTheOtherSide() {
        LoopFinder leftOnly = new LoopFinder(LoopFinderParams.defaults().withPinSide(PinSide.LEFT));
        LoopFinding f = leftOnly.find(new LoopScene(W, H).loopAt(250, 300).pinFrom(PinSide.RIGHT).render());
        assertFalse(f.found());
        assertTrue(f.reason().contains("left edge"), f.reason());
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new GreyImage(10, 10, new byte[99]));
        assertThrows(IllegalArgumentException.class, () -> new GreyImage(0, 10, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> LoopFinderParams.defaults().withMinContrast(0));
    }

    @Test
    void smallImagesWork() {
        LoopScene s = new LoopScene(160, 128).loopAt(90, 60).radius(20).noise(5, 37);
        LoopFinding f = finder.find(s.render());
        assertBox(s, 90, 60, f, 1.5);
    }

    @Test
    void printsTheTimePerImage() {
        GreyImage img = new LoopScene(W, H).loopAt(330, 250).noise(10, 41).crystal(335, 245, 10).render();
        for (int i = 0; i < 10; i++) {
            finder.find(img); // warm-up
        }
        int n = 50;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            assertTrue(finder.find(img).found());
        }
        System.out.printf(java.util.Locale.ROOT, "LoopFinder: %.1f ms per %dx%d image%n",
                (System.nanoTime() - t0) / 1e6 / n, W, H);
    }
}
