#pragma once
// Helpers for the compiler unit tests: parse + compile a snippet, disassemble it, or run it.
#include "compiler/compiler.h"
#include "heap/heap.h"
#include "parser/parser.h"
#include "runtime/number_conversion.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"
#include "vm/code_block.h"
#include "vm/interpreter.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace yjs::test {

struct Compiled {
    CodeBlock* block = nullptr; // null when parsing failed
    std::string error;
};

inline Compiled compile_source(VM& vm, std::string_view source, bool module = false, CompileOptions options = {}) {
    ParseOptions parse_options;
    parse_options.is_module = module;
    parse_options.is_eval = options.is_eval || options.is_direct_eval;
    ParseResult parsed = parse_program(utf8_to_utf16(source), parse_options);
    Compiled result;
    if (!parsed.ok()) {
        result.error = "SyntaxError: " + (parsed.error ? parsed.error->message : std::string());
        return result;
    }
    auto code = std::make_shared<SourceCode>();
    code->url = "test.js";
    code->text = parsed.ast->source;
    result.block = compile_program(vm, *parsed.program(), code, options);
    return result;
}

// The disassembly of a program (all code blocks), or the syntax error.
inline std::string listing(VM& vm, std::string_view source, bool module = false, CompileOptions options = {}) {
    DeferGC defer(vm.heap());
    Compiled compiled = compile_source(vm, source, module, options);
    return compiled.block ? disassemble(*compiled.block) : compiled.error;
}

// The part of a listing that belongs to the code block whose header names `name`.
inline std::string block_listing(const std::string& listing, const std::string& name) {
    std::size_t start = 0;
    while ((start = listing.find("[bytecode for ", start)) != std::string::npos) {
        std::size_t end_of_line = listing.find('\n', start);
        std::string header = listing.substr(start, end_of_line - start);
        if (header.find(" " + name + "]") != std::string::npos || header.find(" " + name + " ") != std::string::npos) {
            std::size_t next = listing.find("[bytecode for ", end_of_line);
            return listing.substr(start, next == std::string::npos ? std::string::npos : next - start);
        }
        start = end_of_line;
    }
    return {};
}

inline std::size_t count_of(const std::string& text, const std::string& needle) {
    std::size_t count = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size()))
        ++count;
    return count;
}

// A printable form of a completion value (strings unquoted, like `node -p`).
inline std::string show(VM& vm, Value value) {
    if (value.is_number()) return NumberToString(value.as_number());
    if (value.is_string()) return value.as_string()->to_utf8();
    if (value.is_undefined()) return "undefined";
    if (value.is_null()) return "null";
    if (value.is_boolean()) return value.as_boolean() ? "true" : "false";
    if (value.is_object()) {
        auto message = value.as_object()->get(vm, vm.names().message);
        if (!message.is_throw_completion() && message.value().is_string())
            return "error: " + message.value().as_string()->to_utf8();
        return "[object]";
    }
    return "<other>";
}

// Runs a script and returns its completion value, "throw: ..." for an uncaught exception.
inline std::string run(std::string_view source) {
    VM vm;
    Realm* realm = vm.create_realm();
    vm.set_current_realm(realm);
    Compiled compiled = compile_source(vm, source);
    if (!compiled.block) return compiled.error;
    auto result = vm.interpreter().run_script(compiled.block, *realm);
    if (result.is_throw_completion()) return "throw: " + show(vm, vm.take_exception());
    return show(vm, result.value());
}

} // namespace yjs::test
