using Klikoo.Emulator.Transactions;

namespace Klikoo.Emulator.Callbacks;

/// <summary>
/// The JSON body of the report of a transaction bought through the Open API (docs/open-api.md#on-the-emulator). The
/// Open API provides it: the report's format is that interface's, and this feature only queues and sends it.
/// </summary>
internal interface IPurchaseCallbackBody
{
    string For(Transaction transaction);
}
