// Package browsertest opens generated pages in headless Chromium for tests.
package browsertest
