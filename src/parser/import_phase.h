#pragma once
// The phase of an import: evaluation (an ordinary import), defer (`import defer * as ns`, `import.defer()`:
// the import-defer proposal) or source (`import source x`, `import.source()`: source-phase imports).
#include <cstdint>

namespace yjs {

enum class ImportPhase : std::uint8_t { Evaluation, Defer, Source };

} // namespace yjs
