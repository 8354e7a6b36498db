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

    [Fact]
    public void Start_timeout_and_max_message_size_default_to_a_minute_and_the_brokers_128_MiB_and_are_read_from_configuration()
    {
        var defaults = new RabbitMqOptions();
        Assert.Equal(TimeSpan.FromSeconds(60), defaults.StartTimeout);
        Assert.Equal(128 * 1024 * 1024, defaults.MaxMessageSize);

        var options = RabbitMqConfiguration.Read(Configure(new()
        {
            ["RabbitMq:StartTimeout"] = "00:00:15",
            ["RabbitMq:MaxMessageSize"] = "1048576",
        }).GetSection("RabbitMq"));

        Assert.Equal(TimeSpan.FromSeconds(15), options.StartTimeout);
        Assert.Equal(1024 * 1024, options.MaxMessageSize);
    }

    [Theory]
    [InlineData(0, 1, "RabbitMQ StartTimeout 00:00:00 is not a positive time")]
    [InlineData(60, 0, "RabbitMQ MaxMessageSize 0 is out of range: use 1-536870912 bytes")]
    [InlineData(60, 536870913, "RabbitMQ MaxMessageSize 536870913 is out of range")]
    public void Validate_names_a_start_timeout_or_max_message_size_out_of_range(int seconds, int maxMessageSize, string expected)
    {
        var options = new RabbitMqOptions { StartTimeout = TimeSpan.FromSeconds(seconds), MaxMessageSize = maxMessageSize };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_deliveries_defaults_to_20_is_read_from_configuration_and_refused_out_of_range()
    {
        Assert.Equal(20, new RabbitMqOptions().MaxDeliveries);
        Assert.Equal(5, RabbitMqConfiguration.Read(Configure(new() { ["RabbitMq:MaxDeliveries"] = "5" }).GetSection("RabbitMq")).MaxDeliveries);

        var error = Assert.Throws<ArgumentException>(new RabbitMqOptions { MaxDeliveries = -1 }.Validate);

        Assert.Contains("RabbitMQ MaxDeliveries -1 is out of range: use 1-100000 deliveries, or 0 for no limit", error.Message, StringComparison.Ordinal);
        new RabbitMqOptions { MaxDeliveries = 0 }.Validate();
    }

    [Fact]
    public void Bad_start_timeout_names_its_key()
    {
        var error = Assert.Throws<FormatException>(() => RabbitMqConfiguration.Read(Configure(new() { ["RabbitMq:StartTimeout"] = "soon" }).GetSection("RabbitMq")));

        Assert.Contains("RabbitMq:StartTimeout is 'soon', not a duration", error.Message, StringComparison.Ordinal);
    }

    private static IConfigurationRoot Configure(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
