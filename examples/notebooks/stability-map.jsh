// A stability map: which profile of the windmill is an ESS as the subsidy S and the social benefit V
// vary, computed from the exact vertex table. Run: ./egt4j jshell examples/notebooks/stability-map.jsh

Path spec = Files.exists(Path.of("games/windmill.yaml")) ? Path.of("games/windmill.yaml") : Path.of("examples/games/windmill.yaml");
Game game = SpecLoader.load(spec);
BoundGame bound = game.bind();
VertexTable table = StabilityAnalysis.of(bound).vertices();
StabilityMap map = StabilityMap.of(bound, table, "S", new double[] {0, 4}, "V", new double[] {0, 12}, 9);
for (int j = map.y().length - 1; j >= 0; j--) {
  StringBuilder row = new StringBuilder(String.format("V=%5.1f ", map.y()[j]));
  for (int i = 0; i < map.x().length; i++) row.append(map.cells()[j][i] < 0 ? " ." : " " + map.cells()[j][i]);
  System.out.println(row);
}
System.out.println("legend: . no ESS; numbers index " + map.vertexLabels());
map.curves().forEach(c -> System.out.println("threshold " + c.label()));
