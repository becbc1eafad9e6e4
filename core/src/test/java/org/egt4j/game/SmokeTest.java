package org.egt4j.game;

import org.egt4j.dynamics.Replicator;
import org.egt4j.expr.Printer;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void prints() {
    Game hd = Game.builder("Hawk-Dove").parameter("V", 2).parameter("C", 3)
        .population("p", java.util.List.of("hawk", "dove"), "x")
        .matrix(new String[][] {{"(V - C)/2", "V"}, {"0", "V/2"}}).build();
    for (ReplicatorEquation e : hd.equations()) {
      System.out.println(e.format(Printer.TEXT));
      System.out.println(e.format(Printer.LATEX));
      System.out.println(e.expanded());
    }
    Replicator r = Replicator.of(hd.bind());
    double[] out = new double[1];
    r.derivative(new double[] {0.3}, out);
    System.out.println(out[0] + " vs " + 0.3 * 0.7 * (2 - 3 * 0.3) / 2);
  }
}
