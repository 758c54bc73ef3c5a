// Non-local control flow: break/continue/return unwinding through contexts, finally blocks, iterator
// closes and exception-handler ranges.
#include "compiler/code_generator.h"

#include <cassert>

namespace yjs {

void FunctionCompiler::push_control(ControlEntry* entry) { control_.push_back(entry); }

void FunctionCompiler::pop_control(ControlEntry* entry) {
    assert(!control_.empty() && control_.back() == entry);
    (void)entry;
    control_.pop_back();
}

void FunctionCompiler::open_region(HandlerRegion& region, std::uint32_t context_register) {
    region.context_register = context_register;
    region.open_start = builder_.offset();
}

void FunctionCompiler::close_region(HandlerRegion& region) {
    if (region.open_start != UINT32_MAX) {
        region.segments.emplace_back(region.open_start, builder_.offset());
        region.open_start = UINT32_MAX;
    }
    for (const auto& [start, end] : region.segments)
        builder_.add_handler(start, end, region.handler, region.context_register);
}

void FunctionCompiler::emit_iterator_close_for_transfer(const ControlEntry& entry) {
    RegisterScope registers(*this);
    std::uint32_t saved = builder_.allocate_register();
    builder_.emit(Opcode::Star, {saved});
    Label skip = builder_.new_label();
    if (entry.done_register != UINT32_MAX) {
        builder_.emit(Opcode::Ldar, {entry.done_register});
        builder_.emit(Opcode::JumpIfTrue, {skip});
    }
    if (entry.is_async) emit_async_iterator_close(entry.iterator_register, false);
    else builder_.emit(Opcode::IteratorClose, {entry.iterator_register});
    builder_.bind(skip);
    builder_.emit(Opcode::Ldar, {saved});
}

void FunctionCompiler::emit_async_iterator_close(std::uint32_t iterator, bool quiet) {
    // AsyncIteratorClose (7.4.13): return = GetMethod(iterator, "return"); if present, call it and await
    // the result; for a normal completion the awaited result must be an object. For a throw completion
    // (quiet) every error is swallowed: the original exception is rethrown by the caller.
    RegisterScope registers(*this);
    std::uint32_t method = builder_.allocate_register();
    Label done = builder_.new_label();
    HandlerRegion region;
    if (quiet) {
        region.handler = builder_.new_label();
        open_region(region, save_context());
    }
    builder_.emit(Opcode::GetNamed, {iterator, name_constant(u"return"), builder_.feedback_slot()});
    builder_.emit(Opcode::JumpIfNullish, {done});
    builder_.emit(Opcode::Star, {method});
    builder_.emit(Opcode::Call, {method, iterator, method, 0u});
    emit_await();
    if (!quiet) builder_.emit(Opcode::ThrowIfNotObject, {name_constant(u"Iterator result is not an object")});
    if (quiet) {
        close_region(region);
        builder_.emit(Opcode::Jump, {done});
        builder_.bind(region.handler);
    }
    builder_.bind(done);
}

void FunctionCompiler::emit_transfer(Transfer::Kind kind, ControlEntry* target) {
    if (!builder_.reachable()) return;
    std::vector<HandlerRegion*> suspended;
    auto suspend = [&](HandlerRegion* region) {
        if (!region || region->open_start == UINT32_MAX) return;
        region->segments.emplace_back(region->open_start, builder_.offset());
        region->open_start = UINT32_MAX;
        suspended.push_back(region);
    };
    bool finished = false;
    for (std::size_t i = control_.size(); i-- > 0 && !finished;) {
        ControlEntry* entry = control_[i];
        if (kind != Transfer::Kind::Return && entry == target) {
            builder_.emit(Opcode::Jump,
                          {kind == Transfer::Kind::Break ? entry->break_label : entry->continue_label});
            finished = true;
            break;
        }
        switch (entry->kind) {
        case ControlEntry::Kind::Breakable:
            break;
        case ControlEntry::Kind::Context:
            builder_.emit(Opcode::PopContext);
            break;
        case ControlEntry::Kind::Handler:
            suspend(entry->region);
            break;
        case ControlEntry::Kind::Iterator:
            if (kind == Transfer::Kind::Continue && entry->owner == target) break;
            suspend(entry->region);
            emit_iterator_close_for_transfer(*entry);
            break;
        case ControlEntry::Kind::Finally: {
            std::int32_t token = -1;
            for (const Transfer& transfer : entry->transfers)
                if (transfer.kind == kind && transfer.target == target) token = transfer.token;
            if (token < 0) {
                // 0 = normal completion, 1 = throw; transfers follow.
                token = static_cast<std::int32_t>(entry->transfers.size()) + 2;
                entry->transfers.push_back({kind, target, token});
            }
            if (kind == Transfer::Kind::Return) builder_.emit(Opcode::Star, {entry->value_register});
            builder_.emit(Opcode::LdaSmi, {token});
            builder_.emit(Opcode::Star, {entry->kind_register});
            builder_.emit(Opcode::Jump, {entry->finally_label});
            finished = true;
            break;
        }
        }
    }
    if (!finished) {
        assert(kind == Transfer::Kind::Return);
        builder_.emit(Opcode::Return);
    }
    for (HandlerRegion* region : suspended) region->open_start = builder_.offset();
}

void FunctionCompiler::with_disposal(const LexicalScope& lexical, const std::function<void()>& body) {
    bool has_using = false;
    bool has_await_using = false;
    for (const Declaration& declaration : lexical.lexical_declarations) {
        if (!declaration.node || declaration.node->kind != NodeKind::VariableDeclaration) continue;
        VariableKind kind = declaration.node->as<VariableDeclaration>()->variable_kind;
        has_using = has_using || kind == VariableKind::Using || kind == VariableKind::AwaitUsing;
        has_await_using = has_await_using || kind == VariableKind::AwaitUsing;
    }
    if (!has_using) {
        body();
        return;
    }
    RegisterScope registers(*this);
    // The accumulator (a for-of iteration's value) survives the capability's creation.
    std::uint32_t saved_acc = builder_.allocate_register();
    std::uint32_t capability = builder_.allocate_register();
    builder_.emit(Opcode::Star, {saved_acc});
    builder_.emit(Opcode::CreateDisposeCapability);
    builder_.emit(Opcode::Star, {capability});
    builder_.emit(Opcode::Ldar, {saved_acc});

    ControlEntry entry;
    emit_protected_by_finally(entry, [&] {
        std::uint32_t outer_capability = dispose_register_;
        dispose_register_ = capability;
        body();
        dispose_register_ = outer_capability;
    });
    // DisposeResources(capability, completion); an error it raises replaces the pending completion.
    builder_.emit(Opcode::DisposeResources,
                  {capability, entry.kind_register, entry.value_register, has_await_using ? 1u : 0u});
    if (has_await_using) {
        Label nothing_to_await = builder_.new_label();
        builder_.emit(Opcode::JumpIfUndefined, {nothing_to_await});
        emit_await();
        builder_.bind(nothing_to_await);
    }
    emit_finally_dispatch(entry);
}

void FunctionCompiler::emit_return_value() { emit_transfer(Transfer::Kind::Return, nullptr); }

void FunctionCompiler::emit_protected_by_finally(ControlEntry& entry, const std::function<void()>& body) {
    HandlerRegion region;
    region.handler = builder_.new_label();
    entry.kind = ControlEntry::Kind::Finally;
    entry.region = &region;
    entry.kind_register = builder_.allocate_register();
    entry.value_register = builder_.allocate_register();
    entry.finally_label = builder_.new_label();
    open_region(region, save_context());
    {
        ControlScope control(*this, entry);
        body();
    }
    close_region(region);
    entry.region = nullptr; // the region ends here; only the dispatch's registers and transfers remain
    builder_.emit(Opcode::LdaSmi, {0});
    builder_.emit(Opcode::Star, {entry.kind_register});
    builder_.emit(Opcode::Jump, {entry.finally_label});
    builder_.bind(region.handler);
    builder_.emit(Opcode::Star, {entry.value_register});
    builder_.emit(Opcode::LdaSmi, {1});
    builder_.emit(Opcode::Star, {entry.kind_register});
    builder_.bind(entry.finally_label);
}

void FunctionCompiler::emit_finally_dispatch(ControlEntry& entry) {
    // 1: rethrow the exception caught on the way in.
    Label not_throw = builder_.new_label();
    builder_.emit(Opcode::LdaSmi, {1});
    builder_.emit(Opcode::TestStrictEqual, {entry.kind_register});
    builder_.emit(Opcode::JumpIfFalse, {not_throw});
    builder_.emit(Opcode::Ldar, {entry.value_register});
    builder_.emit(Opcode::Throw);
    builder_.bind(not_throw);
    // Continue each pending break/continue/return from outside the try statement.
    for (const Transfer& transfer : entry.transfers) {
        Label next = builder_.new_label();
        builder_.emit(Opcode::LdaSmi, {transfer.token});
        builder_.emit(Opcode::TestStrictEqual, {entry.kind_register});
        builder_.emit(Opcode::JumpIfFalse, {next});
        if (transfer.kind == Transfer::Kind::Return) builder_.emit(Opcode::Ldar, {entry.value_register});
        emit_transfer(transfer.kind, transfer.target);
        builder_.bind(next);
    }
    // 0: normal completion falls through.
}

} // namespace yjs
