#include "vm/code_block.h"

#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/shape.h"

#include <algorithm>

namespace yjs {

const ScopeInfo::Binding* ScopeInfo::find_binding(JSString* name) const {
    for (const Binding& binding : bindings)
        if (binding.name == name) return &binding;
    return nullptr;
}

void ScopeInfo::visit_edges(Visitor& visitor) {
    for (const Binding& binding : bindings) visitor.visit(binding.name);
}

void GlobalDeclarations::visit_edges(Visitor& visitor) {
    for (JSString* name : var_names) visitor.visit(name);
    for (JSString* name : function_names) visitor.visit(name);
    for (JSString* name : lexical_names) visitor.visit(name);
}

void TemplateSite::visit_edges(Visitor& visitor) {
    for (Value value : cooked) visitor.visit(value);
    for (JSString* string : raw) visitor.visit(string);
    for (const CachedObject& entry : cache) {
        visitor.visit(entry.realm);
        visitor.visit(entry.object);
    }
}

SourcePosition CodeBlock::position_for(std::uint32_t pc) const {
    if (positions.empty()) return {pc, line, column};
    // The last entry whose pc is <= the instruction offset.
    auto it = std::upper_bound(positions.begin(), positions.end(), pc,
                               [](std::uint32_t offset, const SourcePosition& position) { return offset < position.pc; });
    if (it == positions.begin()) return {pc, positions.front().line, positions.front().column};
    --it;
    return {pc, it->line, it->column};
}

const OperandText* CodeBlock::operand_text_for(std::uint32_t pc) const {
    auto it =
        std::lower_bound(operand_texts.begin(), operand_texts.end(), pc,
                         [](const OperandText& entry, std::uint32_t offset) { return entry.pc < offset; });
    return it != operand_texts.end() && it->pc == pc ? &*it : nullptr;
}

CodeBlock::~CodeBlock() {
    JSObject::free_shared_slots(arrow_initial_slots);
}

void CodeBlock::visit_edges(Visitor& visitor) {
    for (Value constant : constants) visitor.visit(constant);
    if (arrow_initial_slots) {
        for (std::uint32_t i = 0; i < kArrowInitialSlotCount; ++i) visitor.visit(arrow_initial_slots[i]);
    }
    visitor.visit(name);
    visitor.visit(function_realm);
    if (feedback) {
        for (std::uint32_t i = 0; i < feedback_slot_count; ++i) {
            const FeedbackSlot& entry = feedback[i];
            visitor.visit(entry.shape);
            visitor.visit(entry.holder);
            visitor.visit(entry.holder_shape);
            if (entry.extra != FeedbackSlot::kGlobalLexical) visitor.visit(entry.middle_shape);
        }
    }
}

} // namespace yjs
