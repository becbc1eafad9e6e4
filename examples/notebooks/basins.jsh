// Basins of attraction: how likely each stable outcome is from a random start, with 95% intervals.
// Run: ./egt4j jshell examples/notebooks/basins.jsh

Game coordination = Game.builder("Coordination")
    .parameter("a", 2).parameter("b", 1)
    .population("p", List.of("first", "second"), "x")
    .matrix(new String[][] {{"a", "0"}, {"0", "b"}})
    .build();
BoundGame bound = coordination.bind();
BasinEstimate basins = BasinEstimate.of(bound, StabilityAnalysis.of(bound), 2000, 1, 500, SolverSettings.DEFAULT, 2);
for (BasinEstimate.Attractor at : basins.attractors())
  System.out.printf("%-10s %5d starts  share %.3f  95%% [%.3f, %.3f]%n", at.label(), at.count(), at.share(), at.interval().lower(), at.interval().upper());
// closed form: the interior rest point b/(a+b) = 1/3 splits [0, 1]; the first strategy's basin is 2/3
BasinEstimate.Attractor first = basins.attractors().get(0);
if (first.interval().lower() > 2.0 / 3 || first.interval().upper() < 2.0 / 3) throw new AssertionError("2/3 outside " + first.interval());
