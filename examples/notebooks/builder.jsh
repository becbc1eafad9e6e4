// A game defined with the Java builder, no YAML: government, enterprises and universities.
// Run: ./egt4j jshell examples/notebooks/builder.jsh

Game triad = Game.builder("Government-industry-university")
    .parameter("S", 2, 0, 6)      // subsidy to cooperating firms
    .parameter("C", 3)            // cost of cooperation
    .parameter("F", 1)            // penalty for defecting under support
    .parameter("B", 4)            // benefit of joint research
    .population("firms", List.of("cooperate", "defect"), "x")
    .population("gov", List.of("support", "ignore"), "y")
    .population("uni", List.of("share", "withhold"), "z")
    .fitness("firms", "cooperate", "S*y + B*z - C")
    .fitness("firms", "defect", "-F*y")
    .fitness("gov", "support", "B*x - S*x")
    .fitness("gov", "ignore", "0")
    .fitness("uni", "share", "B*x - C/2")
    .fitness("uni", "withhold", "0")
    .build();

for (ReplicatorEquation e : ReplicatorDynamics.replicatorEquations(triad)) System.out.println(e.format(Printer.TEXT));
StabilityAnalysis a = StabilityAnalysis.of(triad.bind());
a.restPoints().stream().filter(RestPoint::ess).forEach(p -> System.out.println("ESS at " + Arrays.deepToString(p.shares())));
VertexTable.Vertex top = a.vertices().vertices().get(0);
top.thresholds().forEach(t -> System.out.println(Messages.english().threshold(t.statement())));
if (!top.ess()) throw new AssertionError("(cooperate, support, share) should be an ESS at S = 2");
