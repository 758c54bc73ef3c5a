#pragma once
// Turning source text into runnable code for the host: parse (with regular-expression literals validated)
// and compile, and the error reports the CLI prints.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace yjs {

class CodeBlock;
class Realm;
class SourceTextModule;
class VM;
struct SourceCode;

// A parse or early error (parser/parser.h's SyntaxError, which this header avoids including).
struct SourceError {
    std::string message;
    std::uint32_t line = 1;   // 1-based
    std::uint32_t column = 1; // 1-based, UTF-16 code units
};

struct CompiledSource {
    CodeBlock* code = nullptr;        // set on success
    std::optional<SourceError> error; // set on a parse or early error
    std::shared_ptr<SourceCode> source;
};

// Parses `text` as a Script (or a Module) named `url` and compiles it.
CompiledSource compile_source(VM&, std::u16string text, std::string url, bool is_module);

struct CompiledModule {
    SourceTextModule* module = nullptr; // set on success
    std::optional<SourceError> error;   // set on a parse or early error
    std::shared_ptr<SourceCode> source;
};

// ParseModule: parses `text` as a Module named `url`, compiles it and creates its module record in `realm`.
CompiledModule compile_module(VM&, Realm&, std::u16string text, std::string url);

// The offending line of `text` (1-based `line`), without its line terminator, as UTF-8.
std::string source_line(std::u16string_view text, std::uint32_t line);

// "FILE:LINE\n<source line>\n<caret under the column>\n\nSyntaxError: <message>" (no final newline).
std::string format_syntax_error(const std::string& url, std::u16string_view text, const SourceError&);

// Whether the error lies at the end of `text` (ignoring trailing whitespace): more input might fix it.
bool is_at_end_of_input(std::u16string_view text, const SourceError&);

} // namespace yjs
