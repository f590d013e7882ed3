package drawtest

// The tests draw SVG with the embedded Graphviz in the test process, as a
// program that imports render/embedded does.
import _ "github.com/diplograph/diplograph/render/embedded"
