using System.Globalization;

namespace Klikoo.Contracts.OpenApi;

/// <summary>
/// One row of Klikoo's response-code table: the HTTP status, the four case digits and the Indonesian message, verbatim.
/// A response code is the HTTP status, two service digits and the case digits: <c>401</c> <c>01</c> <c>6500</c>
/// (docs/open-api.md#response-codes).
/// </summary>
/// <param name="HttpStatus">The HTTP status the response carries.</param>
/// <param name="Case">The four case digits.</param>
/// <param name="Message">The <c>response_message</c>, copied from Klikoo's table.</param>
public sealed record OpenApiStatus(int HttpStatus, string Case, string Message)
{
    /// <summary>200xx2000 Sukses.</summary>
    public static readonly OpenApiStatus Success = new(200, "2000", "Sukses");

    /// <summary>201xx2001 Berhasil dibuat.</summary>
    public static readonly OpenApiStatus Created = new(201, "2001", "Berhasil dibuat");

    /// <summary>400xx6505 Waktu tidak sesuai (the timestamp).</summary>
    public static readonly OpenApiStatus TimeMismatch = new(400, "6505", "Waktu tidak sesuai");

    /// <summary>400xx6508 Signature tidak sesuai.</summary>
    public static readonly OpenApiStatus SignatureMismatch = new(400, "6508", "Signature tidak sesuai");

    /// <summary>400xx6510 Validasi Error.</summary>
    public static readonly OpenApiStatus ValidationError = new(400, "6510", "Validasi Error");

    /// <summary>400xx6512 Field tidak boleh kosong.</summary>
    public static readonly OpenApiStatus FieldEmpty = new(400, "6512", "Field tidak boleh kosong");

    /// <summary>400xx6525 Produk tidak sesuai.</summary>
    public static readonly OpenApiStatus ProductMismatch = new(400, "6525", "Produk tidak sesuai");

    /// <summary>400xx6569 Grant type tidak sesuai.</summary>
    public static readonly OpenApiStatus GrantTypeMismatch = new(400, "6569", "Grant type tidak sesuai");

    /// <summary>401xx6500 Token tidak sesuai.</summary>
    public static readonly OpenApiStatus TokenInvalid = new(401, "6500", "Token tidak sesuai");

    /// <summary>401xx6535 Token kadaluarsa.</summary>
    public static readonly OpenApiStatus TokenExpired = new(401, "6535", "Token kadaluarsa");

    /// <summary>401xx6570 Kredensial tidak sesuai.</summary>
    public static readonly OpenApiStatus CredentialsMismatch = new(401, "6570", "Kredensial tidak sesuai");

    /// <summary>404xx7002 No Customer tidak ditemukan.</summary>
    public static readonly OpenApiStatus CustomerNotFound = new(404, "7002", "No Customer tidak ditemukan");

    /// <summary>404xx7003 Produk tidak ditemukan.</summary>
    public static readonly OpenApiStatus ProductNotFound = new(404, "7003", "Produk tidak ditemukan");

    /// <summary>404xx7005 Transaksi tidak ditemukan.</summary>
    public static readonly OpenApiStatus TransactionNotFound = new(404, "7005", "Transaksi tidak ditemukan");

    /// <summary>404xx7011 No pelanggan salah, pastikan nomor yang diinput sesuai.</summary>
    public static readonly OpenApiStatus WrongCustomerNumber = new(404, "7011", "No pelanggan salah, pastikan nomor yang diinput sesuai");

    /// <summary>404xx7012 Angsuran terakhir, silahkan kunjungi kantor cabang (the last multifinance instalment).</summary>
    public static readonly OpenApiStatus LastInstalment = new(404, "7012", "Angsuran terakhir, silahkan kunjungi kantor cabang");

    /// <summary>503xx9998 Jumlah pembayaran harus lebih besar dari jumlah minimum plus biaya admin (jika ada biaya admin).</summary>
    public static readonly OpenApiStatus PaymentBelowMinimum = new(503, "9998", "Jumlah pembayaran harus lebih besar dari jumlah minimum plus biaya admin (jika ada biaya admin)");

    /// <summary>409xx6563 ReferenceNo sudah digunakan, silahkan gunakan reference_no yang lain.</summary>
    public static readonly OpenApiStatus ReferenceUsed = new(409, "6563", "ReferenceNo sudah digunakan, silahkan gunakan reference_no yang lain");

    /// <summary>500xx9999 Harap hubungi admin.</summary>
    public static readonly OpenApiStatus ContactAdmin = new(500, "9999", "Harap hubungi admin");

    /// <summary>500xx8601 Gagal masukan data ke redis.</summary>
    public static readonly OpenApiStatus RedisFailed = new(500, "8601", "Gagal masukan data ke redis");

    /// <summary>501xx9976 Belum di implementasi.</summary>
    public static readonly OpenApiStatus NotImplemented = new(501, "9976", "Belum di implementasi");

    /// <summary>503xx9991 Supplier sedang gangguan.</summary>
    public static readonly OpenApiStatus SupplierDisrupted = new(503, "9991", "Supplier sedang gangguan");

    /// <summary>The nine-digit response code for <paramref name="service"/>, e.g. <c>201022001</c>.</summary>
    public string Code(OpenApiService service) =>
        string.Create(CultureInfo.InvariantCulture, $"{HttpStatus:000}{(int)service:00}{Case}");
}
