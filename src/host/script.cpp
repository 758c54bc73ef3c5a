#include "host/script.h"

#include "builtins/regexp_validator.h"
#include "compiler/compiler.h"
#include "parser/parser.h"
#include "vm/code_block.h"
#include "vm/module.h"

namespace yjs {

namespace {

ParseResult parse(const SourceCode& source, bool is_module, std::optional<SourceError>& error) {
    ParseOptions options;
    options.is_module = is_module;
    options.validate_regexp = regexp_literal_validator();
    ParseResult parsed = parse_program(source.text, options);
    if (!parsed.ok()) {
        if (parsed.error)
            error = SourceError{parsed.error->message, parsed.error->line, parsed.error->column};
        else
            error = SourceError{"invalid program"};
    }
    return parsed;
}

std::shared_ptr<SourceCode> make_source(std::u16string text, std::string url) {
    auto source = std::make_shared<SourceCode>();
    source->url = std::move(url);
    source->text = std::move(text);
    return source;
}

} // namespace

CompiledSource compile_source(VM& vm, std::u16string text, std::string url, bool is_module) {
    CompiledSource result;
    result.source = make_source(std::move(text), std::move(url));
    ParseResult parsed = parse(*result.source, is_module, result.error);
    if (!result.error) result.code = compile_program(vm, *parsed.program(), result.source);
    return result;
}

CompiledModule compile_module(VM& vm, Realm& realm, std::u16string text, std::string url) {
    CompiledModule result;
    result.source = make_source(std::move(text), std::move(url));
    ParseResult parsed = parse(*result.source, true, result.error);
    if (result.error) return result;
    CodeBlock* code = compile_program(vm, *parsed.program(), result.source);
    result.module = CreateSourceTextModule(vm, realm, code, *parsed.program());
    return result;
}

namespace {

bool is_line_terminator(char16_t c) {
    return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029;
}

// [start, end) of 1-based line `line` in `text`.
std::pair<std::size_t, std::size_t> line_bounds(std::u16string_view text, std::uint32_t line) {
    std::size_t start = 0;
    for (std::uint32_t current = 1; current < line && start < text.size(); ++start) {
        if (!is_line_terminator(text[start])) continue;
        if (text[start] == u'\r' && start + 1 < text.size() && text[start + 1] == u'\n') ++start;
        ++current;
    }
    std::size_t end = start;
    while (end < text.size() && !is_line_terminator(text[end]))
        ++end;
    return {start, end};
}

} // namespace

std::string source_line(std::u16string_view text, std::uint32_t line) {
    auto [start, end] = line_bounds(text, line);
    return utf16_to_utf8(text.substr(start, end - start));
}

std::string format_syntax_error(const std::string& url, std::u16string_view text, const SourceError& error) {
    auto [start, end] = line_bounds(text, error.line);
    std::u16string_view line = text.substr(start, end - start);
    // The caret goes under the column; tabs before it are kept so that it lines up.
    std::string caret;
    for (std::uint32_t i = 1; i < error.column; ++i)
        caret += i - 1 < line.size() && line[i - 1] == u'\t' ? '\t' : ' ';
    caret += '^';
    return url + ":" + std::to_string(error.line) + "\n" + utf16_to_utf8(line) + "\n" + caret +
           "\n\nSyntaxError: " + error.message;
}

bool is_at_end_of_input(std::u16string_view text, const SourceError& error) {
    if (error.message == "unterminated template literal" || error.message == "unterminated comment")
        return true;
    std::size_t start = line_bounds(text, error.line).first;
    std::size_t offset = std::min<std::size_t>(start + (error.column ? error.column - 1 : 0), text.size());
    for (std::size_t i = offset; i < text.size(); ++i) {
        char16_t c = text[i];
        if (c != u' ' && c != u'\t' && !is_line_terminator(c)) return false;
    }
    return true;
}

} // namespace yjs
