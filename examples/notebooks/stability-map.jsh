// A stability map of the guidance-fund game: which profile is an ESS as the fund's subsidy S and the
// leverage of social capital vary, computed from the exact vertex table, with a figure.
// Run: ./egt4j jshell examples/notebooks/stability-map.jsh

Path spec = Files.exists(Path.of("games/funds.yaml")) ? Path.of("games/funds.yaml") : Path.of("examples/games/funds.yaml");
Game game = SpecLoader.load(spec);
BoundGame bound = game.bind();
VertexTable table = StabilityAnalysis.of(bound).vertices();
StabilityMap map = StabilityMap.of(bound, table, "S", new double[] {0, 2}, "lev", new double[] {0, 4}, 9);
for (int j = map.y().length - 1; j >= 0; j--) {
  StringBuilder row = new StringBuilder(String.format("lev=%4.1f ", map.y()[j]));
  for (int i = 0; i < map.x().length; i++) row.append(map.cells()[j][i] == StabilityMap.NONE ? "  ." : map.cells()[j][i] == StabilityMap.SEVERAL ? "  *" : "  " + map.cells()[j][i]);
  System.out.println(row);
}
System.out.println("S:        " + Arrays.toString(map.x()));
System.out.println("legend: . no ESS, * several ESS, numbers index " + map.vertexLabels());
map.curves().forEach(c -> System.out.println("threshold " + c.label()));
