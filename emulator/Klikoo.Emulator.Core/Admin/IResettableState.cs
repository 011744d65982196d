namespace Klikoo.Emulator.Admin;

/// <summary>
/// State that <c>POST /__admin/reset</c> forgets: a store registers itself with
/// <see cref="AdminServices.AddResettableState{TState}"/> where it is registered, so a new store cannot be left out.
/// Fixtures and the clock are configuration, not state, and are kept.
/// </summary>
public interface IResettableState
{
    void Reset();
}
