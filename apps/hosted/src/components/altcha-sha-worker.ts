// The proof of work's SHA worker, served from our own origin (the page's CSP allows no blob: workers).
import "altcha/workers/sha";
