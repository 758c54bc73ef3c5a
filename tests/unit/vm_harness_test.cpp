// The script-compilation helper of the interpreter tests, and tests of the helper itself.
#include "compiler/compiler.h"
#include "parser/parser.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "vm/code_block.h"
#include "vm/interpreter.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>

namespace yjs::vm_test {

CodeBlock* compile_script(VM& vm, std::string_view source, std::string* error) {
    std::u16string text = utf8_to_utf16(source);
    ParseResult parsed = parse_program(text, ParseOptions{});
    if (!parsed.ok()) {
        *error = parsed.error ? parsed.error->message : "syntax error";
        return nullptr;
    }
    auto code = std::make_shared<SourceCode>();
    code->url = "test.js";
    code->text = text;
    return compile_program(vm, *parsed.program(), code);
}

namespace {

TEST(HarnessTest, CompilesAndRunsAScript) {
    VM vm;
    Realm& realm = *vm.create_realm();
    std::string error;
    CodeBlock* code = compile_script(vm, "40 + 2", &error);
    ASSERT_NE(code, nullptr) << error;
    auto result = vm.interpreter().run_script(code, realm);
    ASSERT_FALSE(result.is_throw_completion());
    EXPECT_EQ(result.value().as_number(), 42);
}

TEST(HarnessTest, ReportsSyntaxErrors) {
    VM vm;
    std::string error;
    EXPECT_EQ(compile_script(vm, "let let = 1;", &error), nullptr);
    EXPECT_FALSE(error.empty());
}

} // namespace
} // namespace yjs::vm_test
