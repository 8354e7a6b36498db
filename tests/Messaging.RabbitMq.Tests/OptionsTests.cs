using System;
using System.Collections.Generic;
using System.Net.Security;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace Messaging.RabbitMq.Tests;

/// <summary>Options from code and from configuration; the password never shows.</summary>
public sealed class OptionsTests
{
    [Fact]
    public void ToString_shows_the_connection_without_the_password()
    {
        var options = new RabbitMqOptions { Host = "rabbit.internal", UserName = "billing", Password = "s3cr3t-Pa55", VirtualHost = "shop" };

        var text = options.ToString();

        Assert.Equal("amqp://billing:***@rabbit.internal:5672/shop", text);
        Assert.DoesNotContain("s3cr3t-Pa55", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Tls_switches_the_scheme_and_default_port()
    {
        var options = new RabbitMqOptions { Host = "rabbit", Password = "hunter2", Tls = { Enabled = true } };

        Assert.Equal(5671, options.EffectivePort);
        Assert.Equal("amqps://guest:***@rabbit:5671/", options.ToString());
    }

    [Fact]
    public void Configuration_section_sets_every_option_and_the_password_stays_hidden()
    {
        var configuration = Configure(new()
        {
            ["RabbitMq:Host"] = "broker",
            ["RabbitMq:Port"] = "5673",
            ["RabbitMq:VirtualHost"] = "orders",
            ["RabbitMq:Username"] = "svc",
            ["RabbitMq:Password"] = "from-config-secret",
            ["RabbitMq:ConnectionName"] = "shop",
            ["RabbitMq:Tls:Enabled"] = "true",
            ["RabbitMq:Tls:ServerName"] = "broker.example",
            ["RabbitMq:Tls:AllowedPolicyErrors"] = "RemoteCertificateNameMismatch, RemoteCertificateChainErrors",
        });

        var options = RabbitMqConfiguration.Read(configuration.GetSection("RabbitMq"));

        Assert.Equal("broker", options.Host);
        Assert.Equal(5673, options.EffectivePort);
        Assert.Equal("orders", options.VirtualHost);
        Assert.Equal("svc", options.UserName);
        Assert.Equal("from-config-secret", options.Password);
        Assert.Equal("shop", options.ConnectionName);
        Assert.True(options.Tls.Enabled);
        Assert.Equal("broker.example", options.Tls.ServerName);
        Assert.Equal(SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateChainErrors, options.Tls.AllowedPolicyErrors);
        Assert.Equal("amqps://svc:***@broker:5673/orders", options.ToString());
    }

    [Fact]
    public void Missing_section_keeps_the_defaults_and_certificate_errors_are_not_allowed()
    {
        var options = RabbitMqConfiguration.Read(Configure([]).GetSection("RabbitMq"));

        Assert.Equal("amqp://guest:***@localhost:5672/", options.ToString());
        Assert.Equal(SslPolicyErrors.None, options.Tls.AllowedPolicyErrors);
    }

    [Theory]
    [InlineData("RabbitMq:Port", "fifty", "RabbitMq:Port is 'fifty', not a whole number")]
    [InlineData("RabbitMq:Tls:Enabled", "yes", "RabbitMq:Tls:Enabled is 'yes': use true or false")]
    [InlineData("RabbitMq:Tls:AllowedPolicyErrors", "Everything", "RabbitMq:Tls:AllowedPolicyErrors is 'Everything': use SslPolicyErrors names")]
    public void Bad_setting_names_its_key(string key, string value, string expected)
    {
        var configuration = Configure(new() { [key] = value });

        var error = Assert.Throws<FormatException>(() => RabbitMqConfiguration.Read(configuration.GetSection("RabbitMq")));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_names_the_missing_host()
    {
        var error = Assert.Throws<ArgumentException>(() => new RabbitMqOptions { Host = " " }.Validate());

        Assert.Contains("RabbitMQ Host is empty", error.Message, StringComparison.Ordinal);
    }

    private static IConfigurationRoot Configure(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
