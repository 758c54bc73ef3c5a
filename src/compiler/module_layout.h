#pragma once
// What the compiler tells a module record about a module's environment (the contract between the
// compiler, the module loader/linker and the interpreter).
//
// Every top-level binding of a module — var, let, const, class, function, "*default*" and every import
// binding — is a slot of one declarative environment, the module environment, laid out by
// `environment` (a ScopeInfo: names, slots, const/lexical flags). The module record creates that
// environment itself (InitializeEnvironment, 16.2.1.6.4) before the body runs:
//   - slots start as holes (TDZ for let/const/class/"*default*");
//   - every slot listed in `var_slots` is set to undefined;
//   - every import slot is bound by the linker (a namespace object, or an indirection to the exporting
//     module's binding, as the module implementation chooses; LdaModuleVariable reads through it);
//   - every function in `functions` is instantiated (CreateClosure semantics, closing over the module
//     environment) and stored in its slot.
// The module body code block then runs with the module environment as its current context; it never
// pushes that context itself. Local bindings are ordinary context slots (LdaContextSlot/StaContextSlot),
// import bindings are read with LdaModuleVariable(slot, depth) + ThrowIfHole. Exported names resolve to
// local slots by name through `environment`.
#include "heap/cell.h"
#include "vm/code_block.h"

#include <cstdint>
#include <vector>

namespace yjs {

class ModuleLayout final : public Cell {
public:
    ScopeInfo* environment = nullptr;

    struct Import {
        std::uint32_t slot;
        std::uint32_t import_entry; // index into Program::import_entries
    };
    std::vector<Import> imports;

    struct Function {
        std::uint32_t slot;
        CodeBlock* code;
    };
    std::vector<Function> functions;

    std::vector<std::uint32_t> var_slots;

    const char* class_name() const override { return "ModuleLayout"; }
    void visit_edges(Visitor& visitor) override {
        visitor.visit(environment);
        for (const Function& function : functions) visitor.visit(function.code);
    }
};

// The layout of a module's code block (CodeKind::Module), or null for any other code block.
ModuleLayout* module_layout(const CodeBlock&);

} // namespace yjs
