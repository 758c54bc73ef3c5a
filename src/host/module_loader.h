#pragma once
// The host's module loader: HostLoadImportedModule for files. A specifier is resolved against the directory
// of the importing script or module ("./x.mjs", "../x.mjs"), or names an absolute path or a file:// URL;
// the module map, keyed by canonical path (realpath) and module type, gives the same module record for
// every import of the same file with the same `type` attribute. Loading reads, parses and compiles the file
// (ParseModule); the engine does the rest (vm/module.h). import.meta gets `url` (a file:// URL), `dirname`
// and `filename`, as in Node.
//
// Import attributes (HostGetSupportedImportAttributes is « "type" »), as Node does: without a `type` the
// file is a JavaScript module (a ".json" file needs `type: "json"`); `type: "json"` makes a ".json" file a
// JSON module, a synthetic module whose default export is the parsed JSON value; `type: "text"` (the
// import-text proposal) makes any file a text module whose default export is its contents as a string.
// Another key is a SyntaxError for an import declaration and a TypeError for import(); another type, a
// TypeError.
#include "heap/heap.h"
#include "host/script.h"
#include "runtime/completion.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace yjs {

class JSObject;
class SourceTextModule;
struct ModuleRequestRecord;
class VM;

class ModuleLoader final : public RootedContainer {
public:
    // Installs the loader as the VM's load_imported_module and initialize_import_meta hooks.
    explicit ModuleLoader(VM&);
    ~ModuleLoader() override;

    // The canonical path of the file `specifier` names when imported from `referrer_url` (a file path;
    // anything else, such as "[eval]", resolves relative to the working directory). Throws an Error naming
    // the file when there is none.
    ThrowCompletionOr<std::string> resolve(const std::string& referrer_url, std::string_view specifier);
    // The module record of the file at canonical `path` as a module of `type` ("" for JavaScript, "json",
    // "text") from the module map, or read, parsed and compiled now in the current realm. A parse error
    // throws a SyntaxError and is kept as last_parse_error().
    ThrowCompletionOr<SourceTextModule*> load(const std::string& path, const std::string& type = {});

    // The most recent parse error of a load, with the error object it threw.
    struct ParseFailure {
        SourceError error;
        std::shared_ptr<SourceCode> source;
        Value thrown;
    };
    const std::optional<ParseFailure>& last_parse_error() const { return last_parse_error_; }

    void visit_roots(Visitor&) override;

private:
    ThrowCompletionOr<void> initialize_import_meta(SourceTextModule&, JSObject* import_meta);
    // The module type `request` asks for, once its attributes are checked.
    ThrowCompletionOr<std::string> module_type(const ModuleRequestRecord& request, bool is_static);
    // A JSON, text or bytes module for `path`, whose contents are `contents`.
    ThrowCompletionOr<SourceTextModule*>
    create_synthetic_module(const std::string& path, const std::string& type, const std::string& contents);
    SourceTextModule* create_default_export_module(const std::string& path, Value default_export);

    VM& vm_;
    std::unordered_map<std::string, SourceTextModule*> modules_;
    std::optional<ParseFailure> last_parse_error_;
};

// "file://" followed by the percent-encoded absolute `path` (Node's url.pathToFileURL).
std::string file_url_from_path(std::string_view path);

} // namespace yjs
