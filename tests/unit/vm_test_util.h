#pragma once
// Shared fixture for the interpreter tests: a VM with one realm and an end-to-end helper that parses,
// compiles and runs a script and renders its completion value (or the exception it threw) as a string.
#include "runtime/abstract_ops.h"
#include "runtime/array.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "runtime/vm.h"
#include "vm/code_block.h"
#include "vm/interpreter.h"
#include "vm/js_function.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>

namespace yjs::vm_test {

// Parses and compiles `source` as a script (defined in vm_harness_test.cpp, which keeps the parser's AST
// types away from the runtime headers). On a syntax error returns null and sets `*error`.
CodeBlock* compile_script(VM&, std::string_view source, std::string* error);

class VMTest : public ::testing::Test {
protected:
    VMTest() : realm(*vm.create_realm()) {}

    // Parses and compiles `source` as a script of this test's realm.
    CodeBlock* compile(std::string_view source) {
        std::string error;
        CodeBlock* code = compile_script(vm, source, &error);
        if (!code) ADD_FAILURE() << "SyntaxError: " << error << " in\n" << source;
        return code;
    }

    // Runs `source` and renders the completion value, or "throw <rendering>" for an exception.
    std::string run(std::string_view source) {
        CodeBlock* code = compile(source);
        if (!code) return "<syntax error>";
        auto result = vm.interpreter().run_script(code, realm);
        if (result.is_throw_completion()) return "throw " + render(vm.take_exception());
        return render(result.value());
    }

    // A deterministic rendering: primitives as ToString would print them (strings unquoted at the top
    // level, quoted inside containers), arrays as [a, b], plain objects as {k: v}, errors as "Name: message",
    // functions as "function name".
    std::string render(Value value, bool nested = false) {
        if (value.is_string()) {
            std::string text = value.as_string()->to_utf8();
            return nested ? "\"" + text + "\"" : text;
        }
        if (value.is_symbol()) return value.as_symbol()->descriptive_string(vm)->to_utf8();
        if (!value.is_object()) {
            auto string = ToString(vm, value);
            return string.is_error() ? "<?>" : string.value()->to_utf8();
        }
        JSObject* object = value.as_object();
        if (object->is_callable()) {
            auto name = object->lookup_own_storage(vm.names().name);
            return "function " + (name && name->value.is_string() ? name->value.as_string()->to_utf8() : "");
        }
        if (depth_ > 4) return "...";
        ++depth_;
        std::string text;
        if (object->is_array()) {
            auto length = LengthOfArrayLike(vm, object);
            text = "[";
            for (std::uint64_t i = 0; !length.is_error() && i < length.value(); ++i) {
                if (i) text += ", ";
                auto element = object->get(vm, PropertyKey::from_index(static_cast<std::uint32_t>(i)));
                text += element.is_error() ? "<?>" : render(element.value(), true);
            }
            text += "]";
        } else if (object->builtin_tag() == BuiltinTag::Error) {
            auto name = object->get(vm, vm.names().name);
            auto message = object->get(vm, vm.names().message);
            text = (name.is_error() ? std::string("Error") : render(name.value())) + ": " +
                   (message.is_error() ? std::string() : render(message.value()));
        } else {
            MarkedKeyVector keys(vm.heap());
            text = "{";
            if (!object->internal_own_property_keys(vm, keys).is_error()) {
                bool first = true;
                for (PropertyKey key : keys) {
                    if (key.is_symbol()) continue;
                    auto descriptor = object->internal_get_own_property(vm, key);
                    if (descriptor.is_error() || !descriptor.value() || !descriptor.value()->enumerable.value_or(false))
                        continue;
                    auto element = object->get(vm, key);
                    if (!first) text += ", ";
                    first = false;
                    text += key.to_string(vm)->to_utf8() + ": " + (element.is_error() ? "<?>" : render(element.value(), true));
                }
            }
            text += "}";
        }
        --depth_;
        return text;
    }

    VM vm;
    Realm& realm;

private:
    int depth_ = 0;
};

} // namespace yjs::vm_test
