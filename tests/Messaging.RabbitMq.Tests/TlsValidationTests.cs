using System;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Xunit;

namespace Messaging.RabbitMq.Tests;

/// <summary>How the configured CA and allowed policy errors decide on a server certificate (no broker involved).</summary>
public sealed class TlsValidationTests
{
    [Fact]
    public void Certificate_signed_by_the_configured_ca_is_accepted_despite_the_machines_chain_error()
    {
        using var ca = CreateAuthority("Messaging Test CA");
        using var server = CreateServerCertificate(ca, "rabbit.test");

        Assert.True(RabbitMqTls.Validate(server, SslPolicyErrors.RemoteCertificateChainErrors, ca, SslPolicyErrors.None));
    }

    [Fact]
    public void Certificate_signed_by_another_ca_is_refused()
    {
        using var ca = CreateAuthority("Messaging Test CA");
        using var other = CreateAuthority("Someone Else's CA");
        using var server = CreateServerCertificate(other, "rabbit.test");

        Assert.False(RabbitMqTls.Validate(server, SslPolicyErrors.RemoteCertificateChainErrors, ca, SslPolicyErrors.None));
    }

    [Fact]
    public void Name_mismatch_is_refused_by_default_even_with_a_trusted_ca()
    {
        using var ca = CreateAuthority("Messaging Test CA");
        using var server = CreateServerCertificate(ca, "rabbit.test");

        Assert.False(RabbitMqTls.Validate(server, SslPolicyErrors.RemoteCertificateNameMismatch, ca, new RabbitMqTlsOptions().AllowedPolicyErrors));
        Assert.True(RabbitMqTls.Validate(server, SslPolicyErrors.RemoteCertificateNameMismatch, ca, SslPolicyErrors.RemoteCertificateNameMismatch));
    }

    [Fact]
    public void Without_a_configured_ca_a_chain_error_is_refused_unless_allowed()
    {
        using var ca = CreateAuthority("Messaging Test CA");
        using var server = CreateServerCertificate(ca, "rabbit.test");

        Assert.False(RabbitMqTls.Validate(server, SslPolicyErrors.RemoteCertificateChainErrors, authority: null, SslPolicyErrors.None));
        Assert.True(RabbitMqTls.Validate(server, SslPolicyErrors.RemoteCertificateChainErrors, authority: null, SslPolicyErrors.RemoteCertificateChainErrors));
        Assert.False(RabbitMqTls.Validate(null, SslPolicyErrors.RemoteCertificateNotAvailable, ca, SslPolicyErrors.None));
    }

    private static X509Certificate2 CreateAuthority(string name)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    }

    private static X509Certificate2 CreateServerCertificate(X509Certificate2 authority, string host)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={host}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(host);
        request.CertificateExtensions.Add(names.Build());
        return request.Create(authority, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(10), [1, 2, 3, 4, 5, 6, 7, 8]);
    }
}
