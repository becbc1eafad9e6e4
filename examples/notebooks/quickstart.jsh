// The shortest route through the Java API: one call loads a spec, one analyses it and prints the
// report's text, one writes the whole report. Run: ./egt4j jshell examples/notebooks/quickstart.jsh
// from any folder (the launcher runs notebooks in the project root, so paths are from there).

var windmill = Egt4j.load("examples/games/windmill.yaml");
var analysis = windmill.analyze();
System.out.println(analysis);   // equations, rest points, vertex table, ESS conditions and thresholds

// results are data that print readably: numbers, strategy labels, no array identities
System.out.println(analysis.stability().vertices());

var hawkDove = Egt4j.load("examples/games/hawk-dove.yaml");
System.out.println(hawkDove.field("animals=0.2"));        // as egt4j field --at animals=0.2
System.out.println(hawkDove.set("C", 4).simulate("animals=0.2", 20));
List<String> files = hawkDove.analyze().writeReport(Path.of("out", "notebooks", "quickstart"));
System.out.println("wrote " + files.size() + " files to out/notebooks/quickstart");

if (!analysis.toString().contains("(adopt, passive, open, invest)")) throw new AssertionError("the windmill ESS is missing");
